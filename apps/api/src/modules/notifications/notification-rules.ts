import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import { onEvent } from '../../core/events.js';
import { Topic } from '../../core/pubsub.js';
import { Comment } from '../comments/comment.entity.js';
import { commentableRegistration } from '../comments/commentables.js';
import { Follow } from '../follows/follow.entity.js';
import { Idea } from '../ideas/idea.entity.js';
import { InnovationStageChange } from '../pipeline/innovation-stage-change.entity.js';
import { NotificationKind, reachedMilestone, reviewedIdeaStatuses } from './notification-kinds.js';
import { notify } from './notify.js';


function freshEm(context: Context): EntityManager {
  return context.services.orm.em.fork() as EntityManager;
}

async function followerIds(em: EntityManager, subjectType: string, subjectId: string, followedBefore?: Date): Promise<string[]> {
  const follows = await em.find(Follow, { subjectType, subjectId, ...(followedBefore ? { createdAt: { $lt: followedBefore } } : {}) }, { fields: ['user'] });
  return follows.map((follow) => follow.user.id);
}

/** A reply tells the author of the comment replied to; any comment tells the subject's followers. */
onEvent(Topic.CommentAdded, async (context, { commentId }, { actorId }) => {
  const em = freshEm(context);
  const comment = await em.findOne(Comment, { id: commentId }, { populate: ['parent'] });
  const subject = comment && (await commentableRegistration(comment.subjectType)?.load(context, comment.subjectId));
  if (!comment || !subject) return;
  const title = String((subject as { title?: unknown }).title ?? '');
  const excerpt = comment.body.slice(0, 140);
  const base = { actorId, subjectType: comment.subjectType, subjectId: comment.subjectId, title, text: excerpt };
  const repliedTo = comment.parent && !comment.parent.deletedAt ? comment.parent.author.id : null;
  if (repliedTo) await notify(context, { ...base, kind: NotificationKind.COMMENT_REPLY, recipientIds: [repliedTo] });
  const followers = (await followerIds(em, comment.subjectType, comment.subjectId)).filter((id) => id !== repliedTo);
  await notify(context, { ...base, kind: NotificationKind.FOLLOWED_COMMENT, recipientIds: followers });
});

/** An idea's author hears when it reaches a vote milestone and when it is reviewed, once each. */
onEvent(Topic.IdeaChanged, async (context, { ideaId }, { actorId }) => {
  const idea = await freshEm(context).findOne(Idea, { id: ideaId });
  if (!idea) return;
  const base = { actorId, subjectType: 'Idea', subjectId: idea.id, title: idea.title, recipientIds: [idea.author.id] };
  const milestone = reachedMilestone(idea.voteCount);
  if (milestone) {
    await notify(context, { ...base, actorId: null, kind: NotificationKind.VOTE_MILESTONE, text: String(milestone), dedupeKey: () => `vote-milestone:${idea.id}:${milestone}` });
  }
  if (reviewedIdeaStatuses.has(idea.status)) {
    await notify(context, { ...base, kind: NotificationKind.IDEA_REVIEWED, text: idea.status, dedupeKey: () => `idea-status:${idea.id}:${idea.status}` });
  }
});


/** Followers of an innovation hear of each stage change made after they began to follow it, once. */
onEvent(Topic.InnovationChanged, async (context, { innovationId }, { actorId }) => {
  const em = freshEm(context);
  const [change] = await em.find(InnovationStageChange, { innovation: innovationId }, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: 1, populate: ['innovation'] });
  if (!change?.fromStage) return;
  await notify(context, {
    recipientIds: await followerIds(em, 'Innovation', innovationId, change.createdAt),
    actorId: change.actor?.id ?? actorId,
    kind: NotificationKind.INNOVATION_STAGE_CHANGED,
    subjectType: 'Innovation',
    subjectId: innovationId,
    title: change.innovation.title,
    text: change.toStage,
    dedupeKey: (recipientId) => `innovation-stage:${change.id}:${recipientId}`,
  });
});
