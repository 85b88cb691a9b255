import 'reflect-metadata';
import { loadConfig } from './core/config.js';
import { createLogger } from './core/logger.js';
import { startServer } from './server.js';

const config = loadConfig();
const logger = createLogger(config.logLevel);

try {
  const server = await startServer({ config, logger, serveWeb: process.env.SERVE_WEB !== '0' });
  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  logger.info(`Gotong: http://localhost:${config.port}`);
} catch (error) {
  logger.fatal({ err: error }, 'Gotong could not start');
  process.exit(1);
}
