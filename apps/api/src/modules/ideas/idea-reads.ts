import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import { cachedPerField, type Selection } from '../../core/look-ahead.js';
import { IdeaRecord, PersonRecord } from './idea-record.js';

type Relation = 'organization' | 'agency' | 'service';

/** What a page of ideas reads (idea-page.ts): which columns of each idea and its author, which relations and counts. */
export type IdeaReads = {
  readonly ideaColumns: readonly string[];
  readonly authorColumns: readonly string[];
  readonly relations: ReadonlySet<Relation>;
  readonly commentCount: boolean;
  readonly viewerHasVoted: boolean;
};

/** Everything: what a page reads for a selection it does not know (a field below that is not listed, or no selection). */
export const allIdeaReads: IdeaReads = {
  ideaColumns: IdeaRecord.columns,
  authorColumns: PersonRecord.columns,
  relations: new Set(['organization', 'agency', 'service']),
  commentCount: true,
  viewerHasVoted: true,
};

type Needs = { columns?: readonly string[]; relations?: readonly Relation[]; commentCount?: true; viewerHasVoted?: true; author?: true };

// What each field of the Idea type reads of its idea beyond what every record holds (its id, status and hidden_at, which
// the visibility and viewerCan* rules read, its relations' keys, and the order's column): a field resolver that starts
// reading more must say so here. A field that is not listed (one added to the type later, anywhere) reads everything.
const ideaFieldNeeds: Record<string, Needs> = {
  __typename: {},
  id: {},
  status: {},
  hidden: {},
  kind: { columns: ['kind'] },
  title: { columns: ['title'] },
  body: { columns: ['body'] },
  bodyHtml: { columns: ['body_html'] },
  tags: { columns: ['tags'] },
  voteCount: { columns: ['vote_count'] },
  decisionReason: { columns: ['decision_reason'] },
  decidedAt: { columns: ['decided_at'] },
  createdAt: { columns: ['created_at'] },
  updatedAt: { columns: ['updated_at'] },
  innovationId: { columns: ['innovation_id'] },
  innovation: { columns: ['innovation_id'] },
  mergedInto: {},
  author: { author: true },
  organization: { relations: ['organization'] },
  agency: { relations: ['agency'] },
  // A service's agency is its idea's agency (post-idea.ts): read once for both.
  service: { relations: ['service', 'agency'] },
  commentCount: { commentCount: true },
  viewerHasVoted: { viewerHasVoted: true },
  viewerCanVote: { viewerHasVoted: true },
  viewerCanEdit: {},
  viewerCanComment: {},
  // The agency's verification and the viewer's role in it (ideas.permissions.ts, responses.resolver.ts).
  viewerCanReview: { relations: ['agency'] },
  viewerCanRespond: { relations: ['agency'] },
  viewerFollows: {},
  followerCount: {},
  comments: {},
  responseClocks: {},
  officialReplies: {},
};

// The same for the User type of an idea's author, beyond its id.
const authorFieldNeeds: Record<string, readonly string[]> = {
  __typename: [],
  id: [],
  displayName: ['display_name', 'deleted_at'],
  platformRole: ['platform_role'],
  createdAt: ['created_at'],
  email: ['email'],
  locale: ['locale'],
  bio: ['bio', 'deleted_at'],
  emailConfirmed: ['email_confirmed_at'],
  isViewer: [],
  pendingEmail: [],
  consents: [],
  unreadNotificationCount: [],
  ideas: [],
};

const baseIdeaColumns = ['id', 'status', 'hidden_at'];

function authorColumnsOf(fields: Set<string>): readonly string[] | null {
  const columns = new Set(['id']);
  for (const field of fields) {
    const needs = authorFieldNeeds[field];
    if (!needs) return null;
    for (const column of needs) columns.add(column);
  }
  return [...columns];
}

function readsOf(fields: Set<string>, authorFields: Set<string>): IdeaReads {
  const columns = new Set(baseIdeaColumns);
  const relations = new Set<Relation>();
  let authorColumns: readonly string[] = ['id'];
  let commentCount = false;
  let viewerHasVoted = false;
  for (const field of fields) {
    const needs = ideaFieldNeeds[field];
    if (!needs) return allIdeaReads;
    for (const column of needs.columns ?? []) columns.add(column);
    for (const relation of needs.relations ?? []) relations.add(relation);
    commentCount ||= Boolean(needs.commentCount);
    viewerHasVoted ||= Boolean(needs.viewerHasVoted);
    if (needs.author) authorColumns = authorColumnsOf(authorFields) ?? PersonRecord.columns;
  }
  return { ideaColumns: [...columns], authorColumns, relations, commentCount, viewerHasVoted };
}

/** What a page must read to answer `nodes`, the selection on each of its ideas. */
export function ideaReadsOf(nodes: Selection): IdeaReads {
  const fields = nodes.fieldNames();
  return readsOf(fields, fields.has('author') ? nodes.at('author').fieldNames() : new Set());
}

const readsByField = new WeakMap<FieldNode, IdeaReads>();

/** What a page of ideas must read to answer the connection field being resolved. */
export function connectionReadsOf(info: GraphQLResolveInfo): IdeaReads {
  return cachedPerField(readsByField, info, (selection) => ideaReadsOf(selection.at('edges', 'node')));
}
