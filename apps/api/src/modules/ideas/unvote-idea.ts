import { hotTime } from '@gotong/domain';
import type { Context } from '../../context.js';
import { requireViewer } from '../../core/authorization.js';
import { publish } from '../../core/events.js';
import { Topic } from '../../core/pubsub.js';
import { UserErrorCode, UserErrorException, userError } from '../../core/user-error.js';
import { findIdeaInput } from './find-idea.js';
import type { Idea } from './idea.entity.js';
import type { VoteIdeaInput } from './idea.type.js';
import { lockVotableIdea, refreshCounters } from './lock-idea.js';

/** Takes a vote back: removes the vote's own weight from the count and the HOT score. */
export async function unvoteIdea(context: Context, input: VoteIdeaInput): Promise<Idea> {
  const viewer = requireViewer(context);
  const idea = await findIdeaInput(context, input.ideaId, 'input.ideaId');
  await context.em.transactional(async (em) => {
    await lockVotableIdea(em, idea.id);
    const deleted: { created_at: Date }[] = await em.execute('delete from idea_votes where idea_id = ? and user_id = ? returning created_at', [idea.id, viewer.id]);
    if (deleted.length === 0) throw new UserErrorException(userError(UserErrorCode.NOT_FOUND, { key: 'ideas.vote.refused.notVoted' }, 'input.ideaId'));
    // log2(2^score - 2^time), never below the idea's own weight (rounding could otherwise take it to minus infinity).
    await em.execute(
      `update ideas set vote_count = vote_count - 1,
         hot_score = greatest(?, hot_score + ln(greatest(1 - power(2::float8, least(0, ? - hot_score)), 1e-12)) / ln(2))
       where id = ?`,
      [hotTime(idea.createdAt), hotTime(new Date(deleted[0].created_at)), idea.id],
    );
  });
  await publish(context, Topic.IdeaChanged, { ideaId: idea.id });
  return refreshCounters(context.em, idea.id);
}
