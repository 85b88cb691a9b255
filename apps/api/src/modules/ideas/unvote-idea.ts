import { hotEpoch, hotHalfLifeHours } from '@gotong/domain';
import type { Context } from '../../context.js';
import { requireViewerId } from '../../core/authorization.js';
import { publish } from '../../core/events.js';
import { Topic } from '../../core/pubsub.js';
import { UserErrorCode, UserErrorException, userError } from '../../core/user-error.js';
import type { Idea } from './idea.entity.js';
import { viewerHasVotedLoader } from './idea.loaders.js';
import type { VoteIdeaInput } from './idea.type.js';
import { changeVotes } from './lock-idea.js';

/** hotTime (packages/domain) of a timestamp column, in SQL. */
const hotTimeSql = (column: string) => `((extract(epoch from ${column}) * 1000 - ${hotEpoch}) / ${hotHalfLifeHours * 3_600_000})`;

/**
 * Deletes the viewer's vote while the locked idea takes votes, and removes its weight from the count and the HOT score:
 * log2(2^score - 2^time), never below the idea's own weight (rounding could otherwise take it to minus infinity).
 */
const unvoteChange = `
  unvote as (
    delete from idea_votes v using idea
    where v.idea_id = idea.id and v.user_id = ? and idea.takes_votes
    returning v.idea_id, v.created_at),
  counted as (
    update ideas set vote_count = vote_count - 1,
      hot_score = greatest(${hotTimeSql('ideas.created_at')}, hot_score + ln(greatest(1 - power(2::float8, least(0, ${hotTimeSql('unvote.created_at')} - hot_score)), 1e-12)) / ln(2))
    from unvote where ideas.id = unvote.idea_id
    returning ideas.id, ideas.vote_count, ideas.hot_score)`;

/** Takes a vote back, in one statement like a vote (changeVotes). */
export async function unvoteIdea(context: Context, input: VoteIdeaInput): Promise<Idea> {
  const viewerId = requireViewerId(context);
  const { idea, takesVotes, changed } = await changeVotes(context, input.ideaId, 'input.ideaId', { sql: unvoteChange, params: [viewerId] });
  if (!takesVotes) throw new UserErrorException(userError(UserErrorCode.NOT_ALLOWED_NOW, { key: 'ideas.vote.refused.closed' }, 'input.ideaId'));
  if (!changed) throw new UserErrorException(userError(UserErrorCode.NOT_FOUND, { key: 'ideas.vote.refused.notVoted' }, 'input.ideaId'));
  viewerHasVotedLoader(context).prime(idea.id, false);
  await publish(context, Topic.IdeaChanged, { ideaId: idea.id, voteCount: idea.voteCount });
  // The Idea type and its field resolvers read a record as they read the entity (see idea-record.ts).
  return idea as unknown as Idea;
}
