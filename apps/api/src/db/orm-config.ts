import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { entities } from '../modules.js';
import { migrations } from './migrations/index.js';

export type OrmOptions = { clientUrl: string; poolSize: number; debug?: boolean; logQuery?: (sql: string) => void };

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
    migrations: {
      migrationsList: migrations,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
    },
  });
}
