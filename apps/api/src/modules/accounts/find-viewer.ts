import type { EntityManager } from '@mikro-orm/postgresql';
import { hashSessionToken } from './session-token.js';
import { Session } from './session.entity.js';
import type { User } from './user.entity.js';

export type FoundSession = { session: Session; viewer: User };

/** The live session behind a token, with its person, in one query. */
export async function findSession(em: EntityManager, token: string | null): Promise<FoundSession | null> {
  if (!token) return null;
  return (await findSessions(em, [token])).get(token) ?? null;
}

/** The live sessions behind several tokens, with their people, in one query (a live event checks all its subscribers'). */
export async function findSessions(em: EntityManager, tokens: readonly string[]): Promise<Map<string, FoundSession>> {
  const tokensByHash = new Map(tokens.map((token) => [hashSessionToken(token), token]));
  const sessions = await em.find(
    Session,
    { tokenHash: { $in: [...tokensByHash.keys()] }, revokedAt: null, expiresAt: { $gt: new Date() }, user: { deletedAt: null } },
    { populate: ['user'] },
  );
  return new Map(sessions.map((session) => [tokensByHash.get(session.tokenHash)!, { session, viewer: session.user }]));
}
