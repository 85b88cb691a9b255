import { GraphQLError } from 'graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import { decodeCursor, pageSize, type ConnectionShape, type PageArgs } from '../../core/connection.js';
import { idOfType, isUuid } from '../../core/global-id.js';
import { preparedRows } from '../../core/prepared-statements.js';
import { prefixedColumns, rawConnection, RowRecords, selectColumns } from '../../core/raw-connection.js';
import { searchQuerySql, searchWords } from '../../core/text-filter.js';
import { commentCountLoader } from '../comments/comment.loaders.js';
import { visibleContentSql } from '../moderation/moderatable-content.js';
import { Organization } from '../organizations/organization.entity.js';
import { Service } from '../services/service.entity.js';
import { Idea } from './idea.entity.js';
import { viewerHasVotedLoader } from './idea.loaders.js';
import { allIdeaReads, type IdeaReads } from './idea-reads.js';
import { readIdeaRow, type RowShape } from './idea-record.js';
import { type IdeaFilter, IdeaOrder } from './idea.type.js';
import { tagFrequency } from './tag-frequencies.js';

/** Narrows the feed to one idea, one person's ideas, an organisation's (posted for it or addressed to it) or an innovation's. */
export type IdeaScope = { id?: string; author?: string; organizationOrAgency?: string; innovationId?: string };

/** `unindexed`: the column's value as an expression that no index is ordered by (see `searchedPage`). */
type Sort = { column: string; unindexed: string; property: 'createdAt' | 'voteCount' | 'hotScore'; sqlType: string; isValid: (value: unknown) => boolean };

// Every order is descending and ends with the id, so a keyset is one row comparison.
const sorts: Record<IdeaOrder, Sort> = {
  [IdeaOrder.NEW]: {
    column: 'created_at',
    unindexed: "i.created_at + interval '0 s'",
    property: 'createdAt',
    sqlType: 'timestamptz',
    isValid: (value) => value instanceof Date && !Number.isNaN(value.getTime()),
  },
  [IdeaOrder.TOP]: { column: 'vote_count', unindexed: 'i.vote_count + 0', property: 'voteCount', sqlType: 'integer', isValid: Number.isSafeInteger },
  [IdeaOrder.HOT]: {
    column: 'hot_score',
    unindexed: 'i.hot_score + 0',
    property: 'hotScore',
    sqlType: 'double precision',
    isValid: (value) => typeof value === 'number' && Number.isFinite(value),
  },
};

type Conditions = { sql: string[]; params: unknown[] };

/**
 * `searched`: what a GIN index serves and no index in the page's order can check: a tag, and words as the SQL of
 * their `search_query` (the typo corrections, folded while the statement is planned).
 */
type Searched = { tag?: string; words?: { sql: string; params: unknown[] } };
type PageConditions = { walked: Conditions; searched: Searched };

/** The searched tag and words as conditions; the words as `folded` (a first statement's `search_query`) when given. */
function searchedConditions({ tag, words }: Searched, folded?: string): Conditions {
  const conditions: Conditions = { sql: [], params: [] };
  if (tag !== undefined) {
    conditions.sql.push('i.tags @> array[?]::text[]');
    conditions.params.push(tag);
  }
  if (words && folded !== undefined) {
    conditions.sql.push('i.search_vector @@ ?::tsquery');
    conditions.params.push(folded);
  } else if (words) {
    conditions.sql.push(`i.search_vector @@ ${words.sql}`);
    conditions.params.push(...words.params);
  }
  return conditions;
}

function idFilter(globalId: string, typeName: string, argument: string): string {
  const id = idOfType(globalId, typeName);
  if (!id) throw new GraphQLError(`"filter.${argument}" is not a ${typeName} id.`, { extensions: { code: 'BAD_USER_INPUT', argumentName: 'filter' } });
  return id;
}

function conditionsOf(context: Context, filter: IdeaFilter | null | undefined, scope: IdeaScope | undefined): PageConditions {
  const walked: Conditions = { sql: [], params: [] };
  const searched: Searched = {};
  const add = (sql: string, ...params: unknown[]) => {
    walked.sql.push(sql);
    walked.params.push(...params);
  };
  if (filter?.status) add('i.status = ?', filter.status);
  else add("i.status <> 'MERGED'");
  if (filter?.kind) add('i.kind = ?', filter.kind);
  if (filter?.serviceId) add('i.service_id = ?', idFilter(filter.serviceId, 'Service', 'serviceId'));
  if (filter?.agencyId) add('i.agency_id = ?', idFilter(filter.agencyId, 'Organization', 'agencyId'));
  if (filter?.organizationId) add('i.organization_id = ?', idFilter(filter.organizationId, 'Organization', 'organizationId'));
  if (filter?.authorId) add('i.author_id = ?', idFilter(filter.authorId, 'User', 'authorId'));
  if (filter?.tag?.trim()) searched.tag = filter.tag.trim().toLowerCase().slice(0, 30);
  if (filter?.text?.trim()) {
    const words = searchWords(filter.text);
    // Words that are all punctuation match nothing.
    if (words.length === 0) add('false');
    else searched.words = searchQuerySql(words);
  }
  const visible = visibleContentSql(context, 'i');
  add(visible.sql, ...visible.params);
  if (scope?.id !== undefined) add('i.id = ?', scope.id);
  if (scope?.author !== undefined) add('i.author_id = ?', scope.author);
  if (scope?.organizationOrAgency !== undefined) add('(i.organization_id = ? or i.agency_id = ?)', scope.organizationOrAgency, scope.organizationOrAgency);
  if (scope?.innovationId !== undefined) add('i.innovation_id = ?', scope.innovationId);
  return { walked, searched };
}

// A scalar subquery, looked up in the (idea, user) key for each row of the page: as `exists`, PostgreSQL may read all
// the viewer's votes into a hash first (it plans for the whole table, not the page), and someone who voted on
// thousands of ideas would pay for that on every page.
const viewerHasVotedColumn = 'coalesce((select true from idea_votes v where v.idea_id = i.id and v.user_id = ? limit 1), false) as viewer_has_voted, ';

type FeedRow = Record<string, unknown> & { comment_count?: number; viewer_has_voted?: boolean };

/** `select`: the page's columns; `joins`: what they read beside `ideas i`. */
type Columns = { select: string; joins: string; shape: RowShape };

const columnsByReads = new WeakMap<IdeaReads, Map<IdeaOrder, Columns>>();

/** The select list and joins of a page that reads `reads` in `order`, worked out once for each. */
function columnsOf(em: EntityManager, reads: IdeaReads, order: IdeaOrder): Columns {
  let byOrder = columnsByReads.get(reads);
  if (!byOrder) columnsByReads.set(reads, (byOrder = new Map()));
  let columns = byOrder.get(order);
  if (columns) return columns;
  const { column } = sorts[order];
  const ideaColumns = reads.ideaColumns.includes(column) ? reads.ideaColumns : [...reads.ideaColumns, column];
  const { relations } = reads;
  const select = [
    prefixedColumns(ideaColumns, 'i', 'idea__'),
    'i.merged_into_id, i.organization_id, i.agency_id, i.service_id',
    prefixedColumns(reads.authorColumns, 'author', 'author__'),
    ...(relations.has('organization') ? [selectColumns(em, Organization, 'organization', 'organization__')] : []),
    ...(relations.has('agency') ? [selectColumns(em, Organization, 'agency', 'agency__')] : []),
    ...(relations.has('service') ? [selectColumns(em, Service, 'service', 'service__')] : []),
    ...(reads.commentCount
      ? [`(select count(*)::int from comments c
           where c.subject_type = 'Idea' and c.subject_id = i.id and c.deleted_at is null and c.hidden_at is null) as comment_count`]
      : []),
  ];
  const joins = [
    'join users author on author.id = i.author_id',
    ...(relations.has('organization') ? ['left join organizations organization on organization.id = i.organization_id'] : []),
    ...(relations.has('agency') ? ['left join organizations agency on agency.id = i.agency_id'] : []),
    ...(relations.has('service') ? ['left join services service on service.id = i.service_id'] : []),
  ];
  columns = { select: select.join(', '), joins: joins.join(' '), shape: { ideaColumns, authorColumns: reads.authorColumns, relations } };
  byOrder.set(order, columns);
  return columns;
}

/** The page's select list with its parameters, and the joins it reads. */
type Selected = { sql: string; params: unknown[]; joins: string };

// How many ideas, in the page's order, a tag or words are looked for in before their own index is asked (ADR 041).
const searchWindow = 2_000;

type WindowRow = FeedRow & { window_matched: boolean; window_position: number; window_words?: string | null };

/**
 * A page filtered by a tag or words: one statement when they are common, two when they are rare. PostgreSQL guesses
 * how many ideas match from the column's statistics, and for a word it has none of, 0.5 %; walking the index in the
 * page's order would then read the whole table for a word nobody wrote. So the walk is bounded: the first
 * `searchWindow` ideas in the page's order are looked through, which fills a page whenever about one in a hundred
 * matches, and the window's last idea comes back, matched or not, to say that the window ended before the ideas did.
 * Then the matches are rare: their own index finds them all and they are sorted (the order written as an expression
 * that no index serves, so that the planner cannot choose to walk again). A tag the statistics already call rare (see
 * `tagFrequency`) is read that way at once, in one statement.
 */
async function searchedPage(em: EntityManager, selected: Selected, sort: Sort, conditions: PageConditions & { keyset: Conditions }, limit: number): Promise<FeedRow[]> {
  const { walked, searched, keyset } = conditions;
  const order = `i.${sort.column} desc, i.id desc`;
  // A generic plan cannot know how common a tag or a search's words are (ADR 023 folds them while planning).
  const planned = { planEachTime: true };
  const matchingPage = (matching: Conditions) =>
    preparedRows<FeedRow>(
      em,
      `select ${selected.sql}
       from (select i.* from ideas i where ${[...walked.sql, ...matching.sql, ...keyset.sql].join(' and ')} order by ${sort.unindexed} desc, i.id desc limit ?) i
       ${selected.joins}
       order by ${order}`,
      [...selected.params, ...walked.params, ...matching.params, ...keyset.params, limit + 1],
      planned,
    );
  // A tag that the statistics say the window would not find a page of is not looked for in it.
  const tagShare = searched.tag === undefined ? null : await tagFrequency(em, searched.tag);
  if (tagShare !== null && tagShare * searchWindow < limit + 1) return matchingPage(searchedConditions(searched));
  // The words' corrections are looked up once, and handed to the second statement as the query they made.
  const { words } = searched;
  const inWindow = searchedConditions({ tag: searched.tag, words: words && { sql: '(select query from words)', params: [] } });
  const windowed = await preparedRows<WindowRow>(
    em,
    `${words ? `with words as materialized (select ${words.sql} as query) ` : ''}
     select ${selected.sql}, i.window_matched, i.window_position${words ? ', (select query::text from words) as window_words' : ''}
     from (select i.*, (${inWindow.sql.join(' and ')}) as window_matched, (row_number() over (order by ${order}))::int as window_position
           from ideas i where ${[...walked.sql, ...keyset.sql].join(' and ')} order by ${order} limit ${searchWindow}) i
     ${selected.joins}
     where i.window_matched or i.window_position = ${searchWindow}
     order by ${order}
     limit ?`,
    [...(words?.params ?? []), ...selected.params, ...inWindow.params, ...walked.params, ...keyset.params, limit + 1],
    planned,
  );
  const last = windowed.at(-1);
  if (last?.window_position !== searchWindow || (last.window_matched && windowed.length > limit)) return windowed;
  return matchingPage(searchedConditions(searched, last.window_words ?? undefined));
}

/**
 * A page of the ideas the viewer may see, in one statement (two for a rare tag or words, see `searchedPage`): each
 * idea with its author and, as `reads` asks (everything by default), its organisation, agency and service, its visible
 * comment count and whether the viewer voted (handed to the loaders the fields read), read into plain records. A
 * relation not read is its key alone (`{ id }`).
 */
export async function ideaPage(
  context: Context,
  filter: IdeaFilter | null | undefined,
  order: IdeaOrder,
  page: PageArgs,
  scope?: IdeaScope,
  reads: IdeaReads = allIdeaReads,
): Promise<ConnectionShape<Idea>> {
  const { em, viewerId } = context;
  const sort = sorts[order];
  const limit = pageSize(page.first);
  const after = page.after ? decodeCursor(page.after, (values) => values.length === 2 && sort.isValid(values[0]) && isUuid(values[1])) : null;
  const conditions = conditionsOf(context, filter, scope);
  const searched = searchedConditions(conditions.searched);
  const where: Conditions = { sql: [...conditions.walked.sql, ...searched.sql], params: [...conditions.walked.params, ...searched.params] };
  const keyset: Conditions = after ? { sql: [`(i.${sort.column}, i.id) < (?::${sort.sqlType}, ?::uuid)`], params: after } : { sql: [], params: [] };
  const columns = columnsOf(em, reads, order);
  const votes = viewerId && reads.viewerHasVoted ? viewerHasVotedLoader(context) : null;
  const selected: Selected = { sql: `${votes ? viewerHasVotedColumn : ''}${columns.select}`, params: votes ? [viewerId] : [], joins: columns.joins };
  const rows: FeedRow[] =
    limit === 0
      ? []
      : searched.sql.length > 0
        ? await searchedPage(em, selected, sort, { ...conditions, keyset }, limit)
        : await preparedRows<FeedRow>(
            em,
            `select ${selected.sql} from ideas i ${selected.joins}
             where ${[...where.sql, ...keyset.sql].join(' and ')}
             order by i.${sort.column} desc, i.id desc
             limit ?`,
            [...selected.params, ...where.params, ...keyset.params, limit + 1],
          );
  const commentCounts = reads.commentCount ? commentCountLoader(context, 'Idea') : null;
  const records = new RowRecords(em);
  return rawConnection(
    rows,
    limit,
    page,
    (row) => {
      const idea = readIdeaRow(em, records, row, columns.shape);
      if (commentCounts) {
        idea.commentCount = row.comment_count;
        commentCounts.prime(idea.id, row.comment_count!);
      }
      if (votes) {
        idea.viewerHasVoted = Boolean(row.viewer_has_voted);
        votes.prime(idea.id, idea.viewerHasVoted);
      }
      // The Idea type and its field resolvers read a record as they read the entity (see idea-record.ts).
      return { cursorValues: [idea[sort.property], idea.id], node: idea as unknown as Idea };
    },
    () =>
      em
        .getConnection()
        .execute<{ count: number }[]>(`select count(*)::int as count from ideas i where ${where.sql.join(' and ')}`, where.params)
        .then((result) => result[0].count),
  );
}
