import { hotTime } from '@gotong/domain';
import { randomUUID } from 'node:crypto';
import type { Context } from '../../context.js';
import { requireConfirmedEmail } from '../accounts/index.js';
import { publish } from '../../core/events.js';
import { Topic } from '../../core/pubsub.js';
import { UserErrorCode, UserErrorException, userError } from '../../core/user-error.js';
import type { Idea } from './idea.entity.js';
import { viewerHasVotedLoader } from './idea.loaders.js';
import type { VoteIdeaInput } from './idea.type.js';
import { changeVotes } from './lock-idea.js';

/** Inserts the vote (once per person and idea) and moves the counters, while the locked idea takes votes. */
const voteChange = `
  vote as (
    insert into idea_votes (id, created_at, updated_at, idea_id, user_id)
    select ?, ?, ?, idea.id, ? from idea where idea.takes_votes
    on conflict (idea_id, user_id) do nothing
    returning idea_id),
  counted as (
    update ideas set vote_count = vote_count + 1,
      hot_score = greatest(hot_score, ?) + ln(1 + power(2::float8, -least(60, abs(hot_score - ?)))) / ln(2)
    where id = (select idea_id from vote)
    returning id, vote_count, hot_score)`;

/**
 * One vote per person per idea: the unique (idea, user) row decides, and the counters move by atomic SQL in the
 * same statement that checks the idea and answers it (changeVotes), so concurrent voters all count, a person voting
 * twice at once counts once, and each answer shows the count its own vote made.
 */
export async function voteIdea(context: Context, input: VoteIdeaInput): Promise<Idea> {
  const viewerId = requireConfirmedEmail(context);
  const now = new Date();
  const time = hotTime(now);
  const { idea, takesVotes, changed } = await changeVotes(context, input.ideaId, 'input.ideaId', { sql: voteChange, params: [randomUUID(), now, now, viewerId, time, time] });
  if (!takesVotes) throw new UserErrorException(userError(UserErrorCode.NOT_ALLOWED_NOW, { key: 'ideas.vote.refused.closed' }, 'input.ideaId'));
  if (!changed) throw new UserErrorException(userError(UserErrorCode.ALREADY_DONE, { key: 'ideas.vote.refused.alreadyVoted' }, 'input.ideaId'));
  viewerHasVotedLoader(context).prime(idea.id, true);
  await publish(context, Topic.IdeaChanged, { ideaId: idea.id, voteCount: idea.voteCount });
  // The Idea type and its field resolvers read a record as they read the entity (see idea-record.ts).
  return idea as unknown as Idea;
}
