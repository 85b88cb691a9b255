import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../core/config.js';
import type { Logger } from '../core/logger.js';
import { hashPassword } from '../modules/accounts/password.js';
import { User } from '../modules/accounts/user.entity.js';
import { seedDemo } from './seeders/demo.js';
import type { Database } from './start-database.js';

/** Makes the account named by ADMIN_EMAIL a platform admin (its address confirmed: the operator chose it), creating it with ADMIN_PASSWORD if it does not exist. */
async function ensureAdmin(em: EntityManager, admin: { email: string; password: string }): Promise<void> {
  const email = admin.email.trim().toLowerCase();
  const existing = await em.findOne(User, { email });
  if (existing) {
    existing.platformRole = 'ADMIN';
    existing.emailConfirmedAt ??= new Date();
  } else {
    em.create(User, { email, displayName: 'Admin Gotong', passwordHash: await hashPassword(admin.password), platformRole: 'ADMIN', emailConfirmedAt: new Date() });
  }
  await em.flush();
}

/**
 * On start-up: the first admin from the configuration, and the demo data on an empty embedded database
 * (or on an empty DATABASE_URL database with SEED_DEMO=1).
 */
export async function bootstrapData(database: Database, config: Config, logger: Logger): Promise<void> {
  const em = database.orm.em.fork() as EntityManager;
  const empty = (await em.count(User, {})) === 0;
  if (empty && (config.seedDemo ?? database.embedded)) {
    await seedDemo(em);
    logger.info('seeded the demo data');
  }
  if (config.admin) await ensureAdmin(em, config.admin);
}
