import type { EntityManager } from '@mikro-orm/postgresql';
import { hashSessionToken } from './session-token.js';
import { Session } from './session.entity.js';
import type { User } from './user.entity.js';

/** The live session behind a token, with its person, in one query. */
export async function findSession(em: EntityManager, token: string | null): Promise<{ session: Session; viewer: User } | null> {
  if (!token) return null;
  const session = await em.findOne(
    Session,
    { tokenHash: hashSessionToken(token), revokedAt: null, expiresAt: { $gt: new Date() }, user: { deletedAt: null } },
    { populate: ['user'] },
  );
  return session ? { session, viewer: session.user } : null;
}
