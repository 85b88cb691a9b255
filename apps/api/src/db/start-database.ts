import { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../core/config.js';
import type { Logger } from '../core/logger.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { migrate } from './migrate.js';
import { ormConfig } from './orm-config.js';

export type Database = { orm: MikroORM; embedded: boolean; stop: () => Promise<void> };

/** Connects to DATABASE_URL, or starts the embedded PostgreSQL in DATA_DIR; then applies the migrations. */
export async function startDatabase(config: Config, logger: Logger, logQuery?: (sql: string) => void): Promise<Database> {
  const embedded = config.databaseUrl ? null : await startEmbeddedPostgres(config.dataDirectory);
  if (embedded) logger.info({ dataDirectory: config.dataDirectory }, 'using the embedded PostgreSQL');
  const clientUrl = config.databaseUrl ?? embedded!.clientUrl;
  const orm = await MikroORM.init(ormConfig({ clientUrl, poolSize: embedded ? 1 : 10, logQuery, logger }));
  try {
    await migrate(orm, embedded ? undefined : { clientUrl });
  } catch (error) {
    await orm.close();
    await embedded?.stop();
    throw error;
  }
  return {
    orm,
    embedded: Boolean(embedded),
    stop: async () => {
      await orm.close();
      await embedded?.stop();
    },
  };
}
