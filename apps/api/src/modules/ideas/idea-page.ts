import { GraphQLError } from 'graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import { decodeCursor, pageSize, type ConnectionShape, type PageArgs } from '../../core/connection.js';
import { idOfType, isUuid } from '../../core/global-id.js';
import { preparedRows } from '../../core/prepared-statements.js';
import { prefixedColumns, rawConnection, RowRecords, selectColumns } from '../../core/raw-connection.js';
import { matchesText } from '../../core/text-filter.js';
import { commentCountLoader } from '../comments/comment.loaders.js';
import { visibleContentSql } from '../moderation/moderatable-content.js';
import { Organization } from '../organizations/organization.entity.js';
import { Service } from '../services/service.entity.js';
import { Idea } from './idea.entity.js';
import { viewerHasVotedLoader } from './idea.loaders.js';
import { allIdeaReads, type IdeaReads } from './idea-reads.js';
import { readIdeaRow, type RowShape } from './idea-record.js';
import { type IdeaFilter, IdeaOrder } from './idea.type.js';

/** Narrows the feed to one idea, one person's ideas, an organisation's (posted for it or addressed to it) or an innovation's. */
export type IdeaScope = { id?: string; author?: string; organizationOrAgency?: string; innovationId?: string };

type Sort = { column: string; property: 'createdAt' | 'voteCount' | 'hotScore'; sqlType: string; isValid: (value: unknown) => boolean };

// Every order is descending and ends with the id, so a keyset is one row comparison.
const sorts: Record<IdeaOrder, Sort> = {
  [IdeaOrder.NEW]: { column: 'created_at', property: 'createdAt', sqlType: 'timestamptz', isValid: (value) => value instanceof Date && !Number.isNaN(value.getTime()) },
  [IdeaOrder.TOP]: { column: 'vote_count', property: 'voteCount', sqlType: 'integer', isValid: Number.isSafeInteger },
  [IdeaOrder.HOT]: { column: 'hot_score', property: 'hotScore', sqlType: 'double precision', isValid: (value) => typeof value === 'number' && Number.isFinite(value) },
};

type Conditions = { sql: string[]; params: unknown[] };

function idFilter(globalId: string, typeName: string, argument: string): string {
  const id = idOfType(globalId, typeName);
  if (!id) throw new GraphQLError(`"filter.${argument}" is not a ${typeName} id.`, { extensions: { code: 'BAD_USER_INPUT', argumentName: 'filter' } });
  return id;
}

function conditionsOf(context: Context, filter: IdeaFilter | null | undefined, scope: IdeaScope | undefined): Conditions {
  const conditions: Conditions = { sql: [], params: [] };
  const add = (sql: string, ...params: unknown[]) => {
    conditions.sql.push(sql);
    conditions.params.push(...params);
  };
  if (filter?.status) add('i.status = ?', filter.status);
  else add("i.status <> 'MERGED'");
  if (filter?.kind) add('i.kind = ?', filter.kind);
  if (filter?.serviceId) add('i.service_id = ?', idFilter(filter.serviceId, 'Service', 'serviceId'));
  if (filter?.agencyId) add('i.agency_id = ?', idFilter(filter.agencyId, 'Organization', 'agencyId'));
  if (filter?.organizationId) add('i.organization_id = ?', idFilter(filter.organizationId, 'Organization', 'organizationId'));
  if (filter?.authorId) add('i.author_id = ?', idFilter(filter.authorId, 'User', 'authorId'));
  if (filter?.tag?.trim()) add('i.tags @> array[?]::text[]', filter.tag.trim().toLowerCase().slice(0, 30));
  if (filter?.text?.trim()) {
    const text = matchesText('i.search_vector', filter.text);
    add(text.sql, ...text.params);
  }
  const visible = visibleContentSql(context, 'i');
  add(visible.sql, ...visible.params);
  if (scope?.id !== undefined) add('i.id = ?', scope.id);
  if (scope?.author !== undefined) add('i.author_id = ?', scope.author);
  if (scope?.organizationOrAgency !== undefined) add('(i.organization_id = ? or i.agency_id = ?)', scope.organizationOrAgency, scope.organizationOrAgency);
  if (scope?.innovationId !== undefined) add('i.innovation_id = ?', scope.innovationId);
  return conditions;
}

// A scalar subquery, looked up in the (idea, user) key for each row of the page: as `exists`, PostgreSQL may read all
// the viewer's votes into a hash first (it plans for the whole table, not the page), and someone who voted on
// thousands of ideas would pay for that on every page.
const viewerHasVotedColumn = 'coalesce((select true from idea_votes v where v.idea_id = i.id and v.user_id = ? limit 1), false) as viewer_has_voted, ';

type FeedRow = Record<string, unknown> & { comment_count?: number; viewer_has_voted?: boolean };

type Columns = { sql: string; shape: RowShape };

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
  columns = { sql: `${select.join(', ')} from ideas i ${joins.join(' ')}`, shape: { ideaColumns, authorColumns: reads.authorColumns, relations } };
  byOrder.set(order, columns);
  return columns;
}

/**
 * A page of the ideas the viewer may see, in one statement: each idea with its author and, as `reads` asks (everything
 * by default), its organisation, agency and service, its visible comment count and whether the viewer voted (handed to
 * the loaders the fields read), read into plain records. A relation not read is its key alone (`{ id }`).
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
  const where = conditionsOf(context, filter, scope);
  const connection = em.getConnection();
  const keyset = after ? [`(i.${sort.column}, i.id) < (?::${sort.sqlType}, ?::uuid)`] : [];
  const columns = columnsOf(em, reads, order);
  const votes = viewerId && reads.viewerHasVoted ? viewerHasVotedLoader(context) : null;
  const rows: FeedRow[] =
    limit === 0
      ? []
      : await preparedRows<FeedRow>(
          em,
          `select ${votes ? viewerHasVotedColumn : ''}${columns.sql}
           where ${[...where.sql, ...keyset].join(' and ')}
           order by i.${sort.column} desc, i.id desc
           limit ?`,
          [...(votes ? [viewerId] : []), ...where.params, ...(after ?? []), limit + 1],
          // A generic plan cannot know how common a tag or a search's words are (ADR 023 folds them while planning).
          { planEachTime: Boolean(filter?.tag?.trim() || filter?.text?.trim()) },
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
      connection
        .execute<{ count: number }[]>(`select count(*)::int as count from ideas i where ${where.sql.join(' and ')}`, where.params)
        .then((result) => result[0].count),
  );
}
