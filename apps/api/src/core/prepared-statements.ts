import type { EntityManager } from '@mikro-orm/postgresql';
import type { Knex } from '@mikro-orm/knex';

/** The part of a `pg` client a prepared statement uses (knex's pool hands these out). */
type PgClient = { query: (config: { name?: string; text: string; values: unknown[] }) => Promise<{ rows: unknown[] }> };

type Prepared = { name: string | undefined; text: string };

// Every connection of the pool keeps each named statement it has run for its lifetime, parsed and maybe planned; the
// texts are Gotong's own, but a page's text depends on the selection asked for, so only this many are named (the rest
// run unnamed, as a statement planned each time does).
const maxNamedStatements = 200;
const namedByText = new Map<string, Prepared>();

const numbered = (sql: string) => {
  let position = 0;
  return sql.replace(/\?/g, () => `$${(position += 1)}`);
};

function preparedOf(sql: string, planEachTime: boolean): Prepared {
  if (planEachTime) return { name: undefined, text: numbered(sql) };
  let prepared = namedByText.get(sql);
  if (prepared) return prepared;
  if (namedByText.size >= maxNamedStatements) return { name: undefined, text: numbered(sql) };
  prepared = { name: `gotong_${namedByText.size + 1}`, text: numbered(sql) };
  namedByText.set(sql, prepared);
  return prepared;
}

/**
 * The rows of a hot, hand-written statement (`?` for each parameter, none inside the SQL's own text), run as a prepared
 * statement of the connection: PostgreSQL parses it once per connection and can keep its plan, where `execute` sends
 * the statement as text with its values written in, parsed and planned every time (ADR 039). Parameters go as `pg`
 * sends them, typed by PostgreSQL from where they stand (cast one that nothing types, `?::boolean`, or it is text; a JS
 * array is a PostgreSQL array: `= any(?::uuid[])`, not `in (?)`). With `planEachTime` it runs unnamed,
 * planned for its values every time, for a statement whose best plan depends on them. It runs in `em`'s transaction
 * when there is one, and is logged as `execute` logs.
 */
export async function preparedRows<TRow>(
  em: EntityManager,
  sql: string,
  params: readonly unknown[],
  { planEachTime = false }: { planEachTime?: boolean } = {},
): Promise<TRow[]> {
  const connection = em.getConnection();
  const knex = (em.getTransactionContext<Knex.Transaction>() ?? connection.getKnex()) as unknown as { client: KnexClient };
  const { name, text } = preparedOf(sql, planEachTime);
  const logger = em.config.getLogger();
  const started = Date.now();
  const client = await knex.client.acquireConnection();
  try {
    const { rows } = await client.query({ name, text, values: params as unknown[] });
    if (logger.isEnabled('query')) logger.logQuery({ level: 'info', query: loggable(em, sql, params), took: Date.now() - started, results: rows.length });
    return rows as TRow[];
  } catch (error) {
    if (logger.isEnabled('query')) logger.logQuery({ level: 'error', query: loggable(em, sql, params), took: Date.now() - started });
    throw em.getPlatform().getExceptionConverter().convertException(error as Error);
  } finally {
    await knex.client.releaseConnection(client);
  }
}

type KnexClient = { acquireConnection: () => Promise<PgClient>; releaseConnection: (client: PgClient) => Promise<void> };

/** The statement with its values written in, as `execute` logs it (an array as a PostgreSQL array literal). */
function loggable(em: EntityManager, sql: string, params: readonly unknown[]): string {
  const platform = em.getPlatform();
  return platform.formatQuery(
    sql,
    params.map((value) => (Array.isArray(value) ? `{${value.map((item) => JSON.stringify(String(item))).join(',')}}` : value)),
  );
}
