import { hotTime, ideaStatuses, isIdeaVotable, type IdeaStatus } from '@gotong/domain';
import { randomUUID } from 'node:crypto';
import type { Context } from '../../context.js';
import { requireConfirmedEmail } from '../accounts/index.js';
import { publish } from '../../core/events.js';
import { Topic } from '../../core/pubsub.js';
import { UserErrorCode, UserErrorException, userError } from '../../core/user-error.js';
import { findIdeaInput } from './find-idea.js';
import type { Idea } from './idea.entity.js';
import type { VoteIdeaInput } from './idea.type.js';
import { refreshCounters } from './lock-idea.js';

/**
 * Locks the idea's row, inserts the vote and moves the counters in one statement. The lock comes first, as in every
 * change of votes (lockIdeas), so a merge and a vote still cannot deadlock; and it is held only while PostgreSQL runs
 * the statement, not across round trips to a process busy with other requests.
 */
const voteStatement = `
  with idea as (select id, status from ideas where id = ? for update),
  vote as (
    insert into idea_votes (id, created_at, updated_at, idea_id, user_id)
    select ?, ?, ?, idea.id, ? from idea where idea.status in (?)
    on conflict (idea_id, user_id) do nothing
    returning idea_id),
  counted as (
    update ideas set vote_count = vote_count + 1,
      hot_score = greatest(hot_score, ?) + ln(1 + power(2::float8, -least(60, abs(hot_score - ?)))) / ln(2)
    where id = (select idea_id from vote)
    returning id)
  select (select status from idea) as status, (select count(*) from counted)::int as counted`;

const votableStatuses = ideaStatuses.filter(isIdeaVotable);

/**
 * One vote per person per idea: the unique (idea, user) row decides, and the counters move by atomic SQL in the
 * same statement, so concurrent voters all count and a person voting twice at once counts once.
 */
export async function voteIdea(context: Context, input: VoteIdeaInput): Promise<Idea> {
  const viewer = requireConfirmedEmail(context);
  const idea = await findIdeaInput(context, input.ideaId, 'input.ideaId');
  const now = new Date();
  const time = hotTime(now);
  const [outcome] = await context.em.execute<{ status: IdeaStatus | null; counted: number }[]>(voteStatement, [idea.id, randomUUID(), now, now, viewer.id, votableStatuses, time, time]);
  if (!outcome?.status || !isIdeaVotable(outcome.status)) throw new UserErrorException(userError(UserErrorCode.NOT_ALLOWED_NOW, { key: 'ideas.vote.refused.closed' }, 'input.ideaId'));
  if (outcome.counted === 0) throw new UserErrorException(userError(UserErrorCode.ALREADY_DONE, { key: 'ideas.vote.refused.alreadyVoted' }, 'input.ideaId'));
  await publish(context, Topic.IdeaChanged, { ideaId: idea.id });
  return refreshCounters(context.em, idea.id);
}
