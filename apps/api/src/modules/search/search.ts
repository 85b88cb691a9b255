import type { Context } from '../../context.js';
import { decodeCursor, pageSize, type ConnectionShape, type PageArgs } from '../../core/connection.js';
import { isUuid } from '../../core/global-id.js';
import { findVisibleNode } from '../../core/node.js';
import { rawConnection } from '../../core/raw-connection.js';
import { searchQuerySql, searchWords } from '../../core/text-filter.js';
import { isModerator, visibleContentSql } from '../moderation/moderatable-content.js';
import { SearchKind, type SearchHitConnection, type SearchHitType } from './search.type.js';

type Condition = { sql: string; params: unknown[] };

type Searched = {
  kind: SearchKind;
  typeName: string;
  table: string;
  /** The tsvector of a row: the stored column or the expression of the table's search index (the migration's). */
  document: string;
  /** The kind's visibility rule in SQL, so that pages come full; findVisibleNode still decides each hit. */
  visible: (context: Context) => Condition;
  /** What the kind's find function populates, loaded for the page at once so that findVisibleNode finds it in memory. */
  populate: string[];
};

const everyone = (): Condition => ({ sql: 'true', params: [] });
/** Hidden by a moderator: only moderators find it here (its owners find it on their own pages). */
const unlessHidden = (context: Context, extra = 'true'): Condition => ({ sql: isModerator(context) ? extra : `t.hidden_at is null and ${extra}`, params: [] });

const searched: Searched[] = [
  {
    kind: SearchKind.IDEA,
    typeName: 'Idea',
    table: 'ideas',
    document: 't.search_vector',
    visible: (context) => {
      const visible = visibleContentSql(context, 't');
      return { sql: `t.status <> 'MERGED' and ${visible.sql}`, params: visible.params };
    },
    populate: ['author', 'organization', 'agency', 'service', 'mergedInto'],
  },
  { kind: SearchKind.DISCUSSION, typeName: 'Discussion', table: 'discussions', document: 't.search_vector', visible: (context) => visibleContentSql(context, 't'), populate: ['author'] },
  {
    kind: SearchKind.INNOVATION,
    typeName: 'Innovation',
    table: 'innovations',
    document: "search_document(t.title, t.summary || ' ' || t.problem_statement)",
    visible: (context) => unlessHidden(context),
    populate: ['agency', 'service', 'createdBy'],
  },
  // A draft is seen only by its institute, which finds it on its own pages: search leaves drafts out for everyone.
  { kind: SearchKind.COURSE, typeName: 'Course', table: 'courses', document: 'search_document(t.title, t.summary)', visible: (context) => unlessHidden(context, "t.status <> 'DRAFT'"), populate: ['institute'] },
  { kind: SearchKind.SERVICE, typeName: 'Service', table: 'services', document: 'search_document(t.name, t.description)', visible: everyone, populate: [] },
  { kind: SearchKind.ORGANIZATION, typeName: 'Organization', table: 'organizations', document: 'search_document(t.name, t.description)', visible: (context) => unlessHidden(context), populate: [] },
  { kind: SearchKind.SURVEY, typeName: 'Survey', table: 'surveys', document: 'search_document(t.title, t.period)', visible: everyone, populate: ['service', 'agency'] },
];

/** ts_rank's weights of D, C, B and A: a word in the title (A) counts 2.5 times one in the body (B). */
const rankWeights = "'{0, 0, 0.4, 1.0}'";

type SearchConnection = ConnectionShape<SearchHitType> & Pick<SearchHitConnection, 'didYouMean'>;

type HitRow = { kind: SearchKind; id: string; rank: number };

/** Every searched row of the chosen kinds that the viewer may see and that matches the words, with its rank. */
function hitsSql(context: Context, words: string[], kinds: SearchKind[] | null, { prefixLast = true } = {}): Condition {
  const query = searchQuerySql(words, { prefixLast });
  const branches = searched.filter((kind) => !kinds || kinds.length === 0 || kinds.includes(kind.kind));
  const params: unknown[] = [...query.params];
  const unioned = branches.map((kind) => {
    const visible = kind.visible(context);
    params.push(...visible.params);
    return `select '${kind.kind}' as kind, t.id, ts_rank(${rankWeights}, ${kind.document}, search.terms)::float8 as rank
      from ${kind.table} t, search where ${kind.document} @@ search.terms and ${visible.sql}`;
  });
  // The CTE is inlined and its one constant column folded into every branch while planning (ADR 023).
  return { sql: `with search as (select ${query.sql} as terms) ${unioned.join(' union all ')}`, params };
}

/** One page of hits after the keyset cursor, best first. */
function searchPageSql(hits: Condition, limit: number, after: unknown[] | null): Condition {
  return {
    sql: `select kind, id, rank from (${hits.sql}) hits ${after ? 'where (rank, id) < (?::float8, ?::uuid)' : ''} order by rank desc, id desc limit ?`,
    params: [...hits.params, ...(after ?? []), limit],
  };
}

/** The statement of a first page of `search` for this viewer (for the benchmark, which explains and times it). */
export function searchStatement(context: Context, query: string, limit: number): Condition {
  return searchPageSql(hitsSql(context, searchWords(query), null), limit, null);
}

const emptyConnection = (): ConnectionShape<SearchHitType> => ({
  edges: [],
  pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
  totalCount: Promise.resolve(0),
});

/**
 * Ranked search over every searched kind, read with one statement (two with `totalCount`); the page's objects are loaded
 * per kind and each handed out only if its kind's visibility rule (findVisibleNode) lets the viewer see it.
 */
export async function search(context: Context, query: string, kinds: SearchKind[] | null, page: PageArgs): Promise<SearchConnection> {
  const limit = pageSize(page.first);
  const words = searchWords(query);
  if (words.length === 0 || limit === 0) return withSuggestion(emptyConnection(), null);
  const after = page.after ? decodeCursor(page.after, (values) => values.length === 2 && typeof values[0] === 'number' && isUuid(values[1])) : null;
  const hits = hitsSql(context, words, kinds);
  const connection = context.em.getConnection();
  const statement = searchPageSql(hits, limit + 1, after);
  const rows: HitRow[] = await connection.execute(statement.sql, statement.params);
  const nodes = await visibleNodes(context, rows.slice(0, limit));
  const found = rawConnection(
    rows,
    limit,
    page,
    (row) => {
      const node = nodes.get(row.id);
      return node ? { cursorValues: [row.rank, row.id], node: { kind: row.kind, node, rank: row.rank } } : null;
    },
    () => connection.execute<{ count: number }[]>(`select count(*)::int as count from (${hits.sql}) hits`, hits.params).then((result) => result[0].count),
  );
  return withSuggestion(found, rows.length === 0 && !after ? () => didYouMean(context, words, kinds) : null);
}

/** Adds `didYouMean` as a getter, like totalCount: worked out only when a client asks for it. */
function withSuggestion(connection: ConnectionShape<SearchHitType>, suggest: (() => Promise<string | null>) | null): SearchConnection {
  let suggestion: Promise<string | null> | undefined;
  return Object.defineProperty(connection, 'didYouMean', { get: () => (suggestion ??= suggest ? suggest() : Promise.resolve(null)), enumerable: true }) as SearchConnection;
}

async function visibleNodes(context: Context, rows: HitRow[]): Promise<Map<string, object>> {
  const nodes = new Map<string, object>();
  for (const kind of searched) {
    const ids = rows.filter((row) => row.kind === kind.kind).map((row) => row.id);
    if (ids.length === 0) continue;
    await context.em.find(kind.typeName, { id: { $in: ids } }, { populate: kind.populate as never[] });
    for (const id of ids) {
      const node = await findVisibleNode(context, kind.typeName, id);
      if (node) nodes.set(id, node);
    }
  }
  return nodes;
}

/** Below this trigram similarity a known word is too far from the typed one to suggest it. */
const suggestionSimilarity = 0.3;

/**
 * The words with each one that no searched text holds replaced by the nearest known word, when that differs from what
 * was typed and finds something the viewer may see (so a suggestion never tells of hidden content).
 */
async function didYouMean(context: Context, words: string[], kinds: SearchKind[] | null): Promise<string | null> {
  const connection = context.em.getConnection();
  const nearest: { word: string; nearest: string | null; similarity: number | null }[] = await connection.execute(
    `select typed.word, near.word as nearest, similarity(near.word, typed.word)::float8 as similarity
       from (select search_text(word) as word, position from unnest(array[${words.map(() => '?').join(', ')}]::text[]) with ordinality as given(word, position)) typed
       left join lateral (select word from search_words order by word <-> typed.word limit 1) near on true
      order by typed.position`,
    words,
  );
  const suggested = nearest.map((word) => (word.nearest && (word.similarity ?? 0) >= suggestionSimilarity ? word.nearest : word.word));
  if (suggested.every((word, index) => word === nearest[index].word)) return null;
  const hits = hitsSql(context, suggested, kinds, { prefixLast: false });
  const [found] = await connection.execute<{ found: boolean }[]>(`select exists (${hits.sql}) as found`, hits.params);
  return found.found ? suggested.join(' ') : null;
}
