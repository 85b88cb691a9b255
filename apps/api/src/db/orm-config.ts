import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import type { Logger } from '../core/logger.js';
import { entities } from '../modules.js';
import { migrations } from './migrations/index.js';

export type OrmOptions = {
  clientUrl: string;
  poolSize: number;
  debug?: boolean;
  logQuery?: (sql: string) => void;
  /** Where knex's own messages go (e.g. a lost connection); it writes them to the console otherwise. */
  logger?: Logger;
};

/** knex's messages as structured log lines; the text is knex's, which names the error but not a statement. */
function knexLog(logger: Logger) {
  const line = (level: 'warn' | 'error' | 'debug') => (message: unknown) => logger[level]({ component: 'knex' }, String(message));
  return { warn: line('warn'), error: line('error'), deprecate: line('warn'), debug: line('debug') };
}

export function ormConfig(options: OrmOptions): Options {
  return defineConfig({
    clientUrl: options.clientUrl,
    entities: [...entities],
    extensions: [Migrator],
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    pool: { min: 0, max: options.poolSize },
    forceUtcTimezone: true,
    allowGlobalContext: false,
    ignoreUndefinedInQuery: true,
    debug: options.logQuery ? ['query'] : false,
    logger: options.logQuery ?? (() => undefined),
    ...(options.logger ? { driverOptions: { log: knexLog(options.logger) } } : {}),
    migrations: {
      migrationsList: migrations,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
    },
  });
}
