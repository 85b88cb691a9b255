import type { PlatformRole } from '@gotong/domain';
import { wrap, type EntityClass, type EntityManager } from '@mikro-orm/postgresql';
import type { TokenScope } from '../../core/token-scopes.js';
import { preparedRows } from '../../core/prepared-statements.js';
import { mapPrefixed, selectColumns } from '../../core/raw-connection.js';
import { hashSessionToken, isApiTokenSecret } from './session-token.js';
import { Session } from './session.entity.js';
import { User } from './user.entity.js';

/** The managed entity of a row in `em` (the one already there, else mapped from the row), made when first asked for. */
export type Managed<TEntity> = (em: EntityManager) => TEntity;

/**
 * Who a request's token stands for: a session (browser or script), or an API token with its scopes. Read as the row
 * holds it: who acts (suspended or not, which credential) is decided without mapping anything, and the person and the
 * session become managed entities only in an operation that uses them (most read the viewer's id at most; ADR 035).
 */
export type FoundSession = {
  viewerId: string;
  platformRole: PlatformRole;
  emailConfirmed: boolean;
  suspendedUntil: Date | null;
  suspensionReason: string | null;
  viewer: Managed<User>;
} & (
  | { session: { id: string; lastUsedAt: Date | null; entity: Managed<Session> }; apiToken: null }
  | { session: null; apiToken: { id: string; scopes: TokenScope[]; lastUsedAt: Date | null } }
);

const dateOrNull = (value: unknown): Date | null => (value === null || value === undefined ? null : new Date(value as string));

/** The one `em` already holds (loaded since, maybe changed: never overwritten by the older row), else the row's. */
function managed<TEntity extends object>(entity: EntityClass<TEntity>, row: Record<string, unknown>, prefix: string): Managed<TEntity> {
  return (em) => {
    const known = em.getUnitOfWork().getById<TEntity>(entity.name, row[`${prefix}id`] as never);
    return known && wrap(known, true).isInitialized() ? known : mapPrefixed(em, entity, row, prefix)!;
  };
}

function person(row: Record<string, unknown>) {
  return {
    viewerId: row.user__id as string,
    platformRole: row.user__platform_role as PlatformRole,
    emailConfirmed: row.user__email_confirmed_at !== null && row.user__email_confirmed_at !== undefined,
    suspendedUntil: dateOrNull(row.user__suspended_until),
    suspensionReason: (row.user__suspension_reason as string | null) ?? null,
    viewer: managed(User, row, 'user__'),
  };
}

/** The live session or API token behind a token, with its person, in one query. */
export async function findSession(em: EntityManager, token: string | null): Promise<FoundSession | null> {
  if (!token) return null;
  return (await findSessions(em, [token])).get(token) ?? null;
}

/** The live sessions and API tokens behind several tokens, with their people (a live event checks all its subscribers'). */
export async function findSessions(em: EntityManager, tokens: readonly string[]): Promise<Map<string, FoundSession>> {
  const found = new Map<string, FoundSession>();
  const sessionTokens = tokens.filter((token) => !isApiTokenSecret(token));
  const apiTokens = tokens.filter(isApiTokenSecret);
  const now = new Date();
  // Hand-written, not em.find: building the query cost every signed-in request more than the rest of its work.
  if (sessionTokens.length > 0) {
    const tokensByHash = new Map(sessionTokens.map((token) => [hashSessionToken(token), token]));
    const rows = await preparedRows<Record<string, unknown>>(
      em,
      `select ${selectColumns(em, Session, 's', 'session__')}, ${selectColumns(em, User, 'u', 'user__')}
         from sessions s join users u on u.id = s.user_id
        where s.token_hash = any(?::text[]) and s.revoked_at is null and s.expires_at > ? and u.deleted_at is null`,
      [[...tokensByHash.keys()], now],
    );
    for (const row of rows) {
      found.set(tokensByHash.get(row.session__token_hash as string)!, {
        ...person(row),
        session: { id: row.session__id as string, lastUsedAt: dateOrNull(row.session__last_used_at), entity: managed(Session, row, 'session__') },
        apiToken: null,
      });
    }
  }
  if (apiTokens.length > 0) {
    const tokensByHash = new Map(apiTokens.map((token) => [hashSessionToken(token), token]));
    const rows: Record<string, unknown>[] = await em.getConnection().execute(
      `select t.id as token__id, t.token_hash as token__hash, t.scopes as token__scopes, t.last_used_at as token__last_used_at,
              ${selectColumns(em, User, 'u', 'user__')}
         from api_tokens t join users u on u.id = t.user_id
        where t.token_hash in (?) and t.revoked_at is null and t.expires_at > ? and u.deleted_at is null`,
      [[...tokensByHash.keys()], now],
    );
    for (const row of rows) {
      found.set(tokensByHash.get(row.token__hash as string)!, {
        ...person(row),
        session: null,
        apiToken: { id: row.token__id as string, scopes: row.token__scopes as TokenScope[], lastUsedAt: dateOrNull(row.token__last_used_at) },
      });
    }
  }
  return found;
}

/** How stale "last used" may get: a write every few minutes per credential instead of one per request. */
const lastUseResolutionMilliseconds = 5 * 60 * 1000;

/** Records that the session or API token is in use, at most once every few minutes. */
export async function touchCredential(em: EntityManager, found: FoundSession, now = new Date()): Promise<void> {
  const lastUsedAt = found.session ? found.session.lastUsedAt : found.apiToken.lastUsedAt;
  if (lastUsedAt && now.getTime() - lastUsedAt.getTime() < lastUseResolutionMilliseconds) return;
  const table = found.session ? 'sessions' : 'api_tokens';
  const id = found.session ? found.session.id : found.apiToken.id;
  await em.getConnection().execute(`update ${table} set last_used_at = ? where id = ?`, [now, id]);
}
