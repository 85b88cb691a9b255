import 'reflect-metadata';
import { loadConfig } from './core/config.js';
import { createLogger } from './core/logger.js';
import { startServer } from './server.js';

const config = loadConfig();
const logger = createLogger(config.logLevel);

try {
  const server = await startServer({ config, logger, serveWeb: process.env.SERVE_WEB !== '0' });
  let shuttingDown = false;
  const shutdown = async (signal: string) => {
    if (shuttingDown) {
      logger.warn({ signal }, 'second signal: exiting without waiting');
      process.exit(1);
    }
    shuttingDown = true;
    logger.info({ signal }, 'shutting down: answering the requests already accepted');
    // The drain is bounded by SHUTDOWN_TIMEOUT_MS; this guards against a close step that hangs past it.
    const deadline = setTimeout(() => {
      logger.error('shutdown did not finish in time');
      process.exit(1);
    }, config.shutdown.delayMilliseconds + config.shutdown.timeoutMilliseconds + 10_000);
    deadline.unref();
    try {
      await server.close();
      logger.info('shut down');
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  logger.info(`Gotong: http://localhost:${config.port}`);
} catch (error) {
  logger.fatal({ err: error }, 'Gotong could not start');
  process.exit(1);
}
