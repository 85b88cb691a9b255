import { isIdeaEditable, isIdeaReviewable, isIdeaVotable, type IdeaStatus } from '@gotong/domain';
import type {
  CommentAddedSubscription,
  CommentFieldsFragment,
  IdeaCardFragment,
  IdeaChangedSubscription,
  IdeaPostedSubscription,
  PipelineChangedSubscription,
} from '@gotong/graphql-client';

/**
 * How the pages apply live events to what they show, without asking the server again (ADR 020). Each function takes
 * what the page shows and an event's payload and returns what the page shows next; the payloads carry no field that
 * depends on the viewer, so those are kept from the loader or worked out here with the same rules as the API's.
 */

type Viewer = { id: string; platformRole?: string | null } | null;
type Page<TNode> = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor?: string | null }; edges: { node: TNode }[] };

/**
 * A new comment at its place in the page of the thread shown (the thread is ordered by `threadPosition`). One that
 * belongs to another page (past this page's end while more follow, or before its start) only counts.
 */
export function withComment<TThread extends Page<CommentFieldsFragment>>(thread: TThread, added: CommentAddedSubscription['commentAdded'], viewer: Viewer): TThread {
  if (thread.edges.some(({ node }) => node.id === added.id)) return thread;
  const counted = { ...thread, totalCount: thread.totalCount + 1 };
  const index = thread.edges.findIndex(({ node }) => node.threadPosition > added.threadPosition);
  const pastTheEnd = index === -1 && thread.pageInfo.hasNextPage;
  // A new comment never sorts before the first one of the thread's first page: before this page's start, it is on an earlier one.
  const beforeTheStart = index === 0;
  if (pastTheEnd || beforeTheStart) return counted;
  const isAuthor = viewer !== null && added.author?.id === viewer.id;
  const isModerator = viewer?.platformRole === 'MODERATOR' || viewer?.platformRole === 'ADMIN';
  const comment: CommentFieldsFragment = { ...added, viewerCanEdit: isAuthor, viewerCanDelete: isAuthor || isModerator };
  const at = index === -1 ? thread.edges.length : index;
  return { ...counted, edges: [...thread.edges.slice(0, at), { node: comment }, ...thread.edges.slice(at)] };
}

type ShownIdea = IdeaCardFragment & { viewerCanEdit?: boolean; viewerCanReview?: boolean };

/** An idea's votes, status, decision and comment count; what the viewer may do follows its new status. */
export function withIdeaChange<TIdea extends ShownIdea>(idea: TIdea, change: IdeaChangedSubscription['ideaChanged'], viewer: Viewer): TIdea {
  if (change.id !== idea.id) return idea;
  const status = change.status as IdeaStatus;
  return {
    ...idea,
    ...change,
    viewerCanVote: viewer !== null && !change.hidden && isIdeaVotable(status) && !idea.viewerHasVoted,
    ...(idea.viewerCanEdit === undefined ? {} : { viewerCanEdit: idea.viewerCanEdit && isIdeaEditable(status) }),
    ...(idea.viewerCanReview === undefined ? {} : { viewerCanReview: idea.viewerCanReview && isIdeaReviewable(status) }),
  };
}

/**
 * A new idea in the feed. The server sends only ideas that pass the page's filters; in the NEW order it goes at the
 * top of the first page (the page keeps its size). In the other orders its place depends on scores the page does not
 * show, so it only counts (the next visit places it).
 */
export function withPostedIdea<TFeed extends Page<IdeaCardFragment>>(
  feed: TFeed,
  posted: IdeaPostedSubscription['ideaPosted'],
  page: { orderBy: string; firstPage: boolean; size: number },
  viewer: Viewer,
): TFeed {
  if (feed.edges.some(({ node }) => node.id === posted.id)) return feed;
  const counted = { ...feed, totalCount: feed.totalCount + 1 };
  if (page.orderBy !== 'NEW' || !page.firstPage) return counted;
  const card: IdeaCardFragment = {
    ...posted,
    viewerHasVoted: false,
    viewerCanVote: viewer !== null && !posted.hidden && isIdeaVotable(posted.status as IdeaStatus),
  };
  const edges = [{ node: card }, ...feed.edges];
  const overflows = edges.length > page.size;
  return { ...counted, edges: overflows ? edges.slice(0, page.size) : edges, pageInfo: overflows ? { ...feed.pageInfo, hasNextPage: true } : feed.pageInfo };
}

type Card = PipelineChangedSubscription['pipelineChanged'] & { viewerCanMove?: boolean };
type Column<TCard> = { stage: string; innovations: Page<TCard> };

/**
 * An innovation that was created, changed or moved: out of the column it was in and at the top of its stage's column
 * (columns show the most recently moved first). The viewer may move it if they run the board and it can still move.
 */
export function withPipelineCard<TCard extends Card, TColumn extends Column<TCard>>(columns: TColumn[], changed: PipelineChangedSubscription['pipelineChanged'], viewerCanRun: boolean): TColumn[] {
  const card = { ...changed, viewerCanMove: viewerCanRun && changed.allowedMoves.length > 0 } as TCard;
  return columns.map((column) => {
    const without = column.innovations.edges.filter(({ node }) => node.id !== changed.id);
    const removed = without.length < column.innovations.edges.length;
    const belongs = column.stage === changed.stage;
    if (!removed && !belongs) return column;
    const edges = belongs ? [{ node: card }, ...without] : without;
    const totalCount = column.innovations.totalCount + (belongs ? 1 : 0) - (removed ? 1 : 0);
    return { ...column, innovations: { ...column.innovations, edges, totalCount } };
  });
}
