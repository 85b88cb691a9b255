import type { Context } from '../../context.js';
import { decodeCursor, pageSize, type ConnectionShape, type PageArgs } from '../../core/connection.js';
import { isUuid } from '../../core/global-id.js';
import { rawConnection } from '../../core/raw-connection.js';
import { Discussion } from '../forum/discussion.entity.js';
import { Idea } from '../ideas/idea.entity.js';
import { isModerator } from '../moderation/moderatable-content.js';
import { Organization } from '../organizations/organization.entity.js';
import type { SearchHitType } from './search.type.js';

type HitRow = { type: 'Idea' | 'Discussion' | 'Organization'; id: string; rank: number };

const maxQueryLength = 200;

/** Organisations are few: their vector is computed as searched, weighted like the ideas' (name as title). */
const organizationVector = "(setweight(to_tsvector('simple', name), 'A') || setweight(to_tsvector('simple', description), 'B'))";

/** Hidden content is left out of search for everyone but moderators (authors find theirs on their own page). */
function visibility(context: Context): string {
  return isModerator(context) ? '' : 'and hidden_at is null';
}

/**
 * Ranked full-text search over ideas, discussions and organisations ('simple' configuration: words as written,
 * which suits Indonesian without a stemmer and behaves the same on the embedded database).
 */
export async function search(context: Context, query: string, page: PageArgs): Promise<ConnectionShape<SearchHitType>> {
  const limit = pageSize(page.first);
  const words = query.trim().slice(0, maxQueryLength);
  if (!words || limit === 0) {
    return { edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null }, totalCount: Promise.resolve(0) };
  }
  const after = page.after ? decodeCursor(page.after, ([rank, id]) => typeof rank === 'number' && isUuid(id)) : null;
  const hidden = visibility(context);
  const hits = `
    select 'Idea' as type, id, ts_rank(search_vector, query)::float8 as rank from ideas, plainto_tsquery('simple', ?) query
     where search_vector @@ query and status <> 'MERGED' ${hidden}
    union all
    select 'Discussion', id, ts_rank(search_vector, query)::float8 from discussions, plainto_tsquery('simple', ?) query
     where search_vector @@ query ${hidden}
    union all
    select 'Organization', id, ts_rank(${organizationVector}, query)::float8 from organizations, plainto_tsquery('simple', ?) query
     where ${organizationVector} @@ query ${hidden}`;
  const connection = context.em.getConnection();
  const rows: HitRow[] = await connection.execute(
    `select type, id, rank from (${hits}) hits ${after ? 'where (rank, id) < (?::float8, ?::uuid)' : ''} order by rank desc, id desc limit ?`,
    [words, words, words, ...(after ?? []), limit + 1],
  );
  const pageRows = rows.slice(0, limit);
  const nodes = new Map<string, object>();
  const idsOf = (type: HitRow['type']) => pageRows.filter((row) => row.type === type).map((row) => row.id);
  const load = async (entity: typeof Idea | typeof Discussion | typeof Organization, ids: string[], populate: string[]) => {
    if (ids.length === 0) return;
    for (const found of await context.em.find(entity as typeof Idea, { id: { $in: ids } }, { populate: populate as never })) nodes.set(found.id, found);
  };
  await load(Idea, idsOf('Idea'), ['author']);
  await load(Discussion, idsOf('Discussion'), ['author']);
  await load(Organization, idsOf('Organization'), []);
  return rawConnection(
    rows,
    limit,
    page,
    (row) => (nodes.has(row.id) ? { cursorValues: [row.rank, row.id], node: { node: nodes.get(row.id)!, rank: row.rank } } : null),
    () => connection.execute<{ count: number }[]>(`select count(*)::int as count from (${hits}) hits`, [words, words, words]).then((result) => result[0].count),
  );
}
