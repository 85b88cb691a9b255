/**
 * What both bare baselines (bare-feed-server.ts, bare-votes-server.ts) do alike: their statements, named or not, and
 * the session check every signed-in request needs, by hand through `pg`.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type pg from 'pg';

// With BARE_NAMED_STATEMENTS=1 each statement is prepared once per connection, as the API's hot statements are (ADR 039):
// the benchmarks report the ratio to this variant too.
const named = process.env.BARE_NAMED_STATEMENTS === '1';

/** A `pg` query config for `text`, named `name` when the baseline names its statements. */
export const statement = (name: string, text: string, values: unknown[]) => (named ? { name, text, values } : { text, values });

const sessionSql = `select u.id from sessions s join users u on u.id = s.user_id
  where s.token_hash = $1 and s.revoked_at is null and s.expires_at > now() and u.deleted_at is null`;

/** The person behind the request's bearer token, checked in PostgreSQL with the API's conditions (one statement), or null. */
export async function viewerOf(pool: pg.Pool, request: IncomingMessage): Promise<string | null> {
  const token = request.headers.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (!token) return null;
  const { rows } = await pool.query<{ id: string }>(statement('session', sessionSql, [createHash('sha256').update(token).digest('hex')]));
  return rows[0]?.id ?? null;
}
