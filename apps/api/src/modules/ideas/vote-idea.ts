import { hotTime } from '@gotong/domain';
import { randomUUID } from 'node:crypto';
import type { Context } from '../../context.js';
import { requireConfirmedEmail } from '../accounts/index.js';
import { publish } from '../../core/events.js';
import { Topic } from '../../core/pubsub.js';
import { UserErrorCode, UserErrorException, userError } from '../../core/user-error.js';
import { findIdeaInput } from './find-idea.js';
import type { Idea } from './idea.entity.js';
import type { VoteIdeaInput } from './idea.type.js';
import { lockVotableIdea, refreshCounters } from './lock-idea.js';

/**
 * One vote per person per idea: the unique (idea, user) row decides, and the counters move by atomic SQL in the
 * same transaction, so concurrent voters all count and a person voting twice at once counts once.
 */
export async function voteIdea(context: Context, input: VoteIdeaInput): Promise<Idea> {
  const viewer = requireConfirmedEmail(context);
  const idea = await findIdeaInput(context, input.ideaId, 'input.ideaId');
  const now = new Date();
  await context.em.transactional(async (em) => {
    await lockVotableIdea(em, idea.id);
    const inserted: unknown[] = await em.execute(
      `insert into idea_votes (id, created_at, updated_at, idea_id, user_id) values (?, ?, ?, ?, ?)
       on conflict (idea_id, user_id) do nothing returning id`,
      [randomUUID(), now, now, idea.id, viewer.id],
    );
    if (inserted.length === 0) throw new UserErrorException(userError(UserErrorCode.ALREADY_DONE, { key: 'ideas.vote.refused.alreadyVoted' }, 'input.ideaId'));
    const time = hotTime(now);
    await em.execute(
      `update ideas set vote_count = vote_count + 1,
         hot_score = greatest(hot_score, ?) + ln(1 + power(2::float8, -least(60, abs(hot_score - ?)))) / ln(2)
       where id = ?`,
      [time, time, idea.id],
    );
  });
  await publish(context, Topic.IdeaChanged, { ideaId: idea.id });
  return refreshCounters(context.em, idea.id);
}
