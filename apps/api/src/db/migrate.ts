import type { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';

// Any fixed number: every API process of one site takes the same lock.
const migrationLockKey = 4_714_201;

/**
 * Applies pending migrations once, even when several processes start together against one server:
 * they queue on a PostgreSQL advisory lock, held on a connection of its own (outside the ORM's pool)
 * while the migrator works. The embedded database belongs to one process and needs no lock.
 */
export async function migrate(orm: MikroORM, lockOn?: { clientUrl: string }): Promise<void> {
  if (!lockOn) {
    await orm.getMigrator().up();
    return;
  }
  const lockClient = new pg.Client({ connectionString: lockOn.clientUrl });
  await lockClient.connect();
  try {
    await lockClient.query('select pg_advisory_lock($1)', [migrationLockKey]);
    await orm.getMigrator().up();
  } finally {
    await lockClient.query('select pg_advisory_unlock($1)', [migrationLockKey]).catch(() => undefined);
    await lockClient.end();
  }
}
