import 'reflect-metadata';
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadConfig, type Config } from './core/config.js';
import { createLogger, type Logger } from './core/logger.js';
import { demoPassword } from './db/seeders/demo.js';
import { startServer, type GotongServer } from './server.js';

export type MainOptions = {
  /** A few plain lines for a person at a terminal (`npm start`) instead of the JSON line a log collector wants. */
  banner?: boolean;
};

function databaseDescription(config: Config): string {
  if (!config.databaseUrl) return `embedded PostgreSQL in ${config.dataDirectory}`;
  const url = new URL(config.databaseUrl);
  return `PostgreSQL at ${url.host}${url.pathname}`;
}

function printBanner(config: Config) {
  const lines = [`Gotong is running at http://localhost:${config.port}`, `Database: ${databaseDescription(config)}`];
  if (config.redisUrl) lines.push(`Live events and rate limits through Redis at ${new URL(config.redisUrl).host}`);
  if (config.seedDemo ?? !config.databaseUrl) {
    lines.push(`Demo sign-ins (password ${demoPassword}): admin@gotong.id, siti@warga.id, hendra@dukcapil.bandung.go.id; more in README.md`);
  }
  lines.push('Stop with Ctrl-C.');
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** SIGTERM or SIGINT: answer what was accepted, then exit 0 (a second signal exits at once). */
function exitOnSignals(server: GotongServer, config: Config, logger: Logger) {
  let firstSignalAt: number | null = null;
  const shutdown = async (signal: string) => {
    if (firstSignalAt !== null) {
      // npm forwards the terminal's Ctrl-C to its script, which the terminal signalled too: one press, two signals.
      if (Date.now() - firstSignalAt < 1000) return;
      logger.warn({ signal }, 'second signal: exiting without waiting');
      process.exit(1);
    }
    firstSignalAt = Date.now();
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
}

export async function main(options: MainOptions = {}) {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  try {
    const server = await startServer({ config, logger, serveWeb: process.env.SERVE_WEB !== '0' });
    exitOnSignals(server, config, logger);
    if (options.banner) printBanner(config);
    else logger.info(`Gotong: http://localhost:${config.port}`);
  } catch (error) {
    logger.fatal({ err: error }, 'Gotong could not start');
    process.exit(1);
  }
}

// Run when started as a script (node apps/api/dist/main.js); scripts/start.mjs imports it and calls main itself.
if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
