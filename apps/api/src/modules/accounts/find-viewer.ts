import type { EntityManager } from '@mikro-orm/postgresql';
import { mapPrefixed, selectColumns } from '../../core/raw-connection.js';
import { hashSessionToken } from './session-token.js';
import { Session } from './session.entity.js';
import { User } from './user.entity.js';

export type FoundSession = { session: Session; viewer: User };

/** The live session behind a token, with its person, in one query. */
export async function findSession(em: EntityManager, token: string | null): Promise<FoundSession | null> {
  if (!token) return null;
  return (await findSessions(em, [token])).get(token) ?? null;
}

/** The live sessions behind several tokens, with their people, in one query (a live event checks all its subscribers'). */
export async function findSessions(em: EntityManager, tokens: readonly string[]): Promise<Map<string, FoundSession>> {
  if (tokens.length === 0) return new Map();
  const tokensByHash = new Map(tokens.map((token) => [hashSessionToken(token), token]));
  // Hand-written and mapped, not em.find: building the query cost every signed-in request more than the rest of its work.
  const rows: Record<string, unknown>[] = await em.getConnection().execute(
    `select ${selectColumns(em, Session, 's', 'session__')}, ${selectColumns(em, User, 'u', 'user__')}
       from sessions s join users u on u.id = s.user_id
      where s.token_hash in (?) and s.revoked_at is null and s.expires_at > ? and u.deleted_at is null`,
    [[...tokensByHash.keys()], new Date()],
  );
  return new Map(
    rows.map((row) => {
      const viewer = mapPrefixed(em, User, row, 'user__')!;
      const session = mapPrefixed(em, Session, row, 'session__')!;
      return [tokensByHash.get(session.tokenHash)!, { session, viewer }];
    }),
  );
}
