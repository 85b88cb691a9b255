import type { EntityManager } from '@mikro-orm/postgresql';
import { Comment } from '../../modules/comments/comment.entity.js';
import { Idea } from '../../modules/ideas/idea.entity.js';
import { NotificationKind, reachedMilestone, reviewedIdeaStatuses } from '../../modules/notifications/notification-kinds.js';
import { Notification } from '../../modules/notifications/notification.entity.js';

const threeDays = 3 * 24 * 60 * 60 * 1000;

/** The notifications the demo's votes, reviews and replies would have made; those older than three days are read. */
export async function seedNotifications(em: EntityManager): Promise<void> {
  const now = Date.now();
  const readIfOld = (createdAt: Date) => (now - createdAt.getTime() > threeDays ? createdAt : null);
  for (const idea of await em.find(Idea, { voteCount: { $gte: 10 } })) {
    const milestone = reachedMilestone(idea.voteCount)!;
    em.create(Notification, {
      recipient: idea.author,
      kind: NotificationKind.VOTE_MILESTONE,
      subjectType: 'Idea',
      subjectId: idea.id,
      title: idea.title,
      text: String(milestone),
      dedupeKey: `vote-milestone:${idea.id}:${milestone}`,
      createdAt: idea.updatedAt,
      readAt: readIfOld(idea.updatedAt),
    });
  }
  for (const idea of await em.find(Idea, { status: { $in: [...reviewedIdeaStatuses] as Idea['status'][] } })) {
    const reviewedAt = idea.decidedAt ?? idea.updatedAt;
    em.create(Notification, {
      recipient: idea.author,
      kind: NotificationKind.IDEA_REVIEWED,
      subjectType: 'Idea',
      subjectId: idea.id,
      title: idea.title,
      text: idea.status,
      dedupeKey: `idea-status:${idea.id}:${idea.status}`,
      createdAt: reviewedAt,
      readAt: readIfOld(reviewedAt),
    });
  }
  const replies = await em.find(Comment, { parent: { $ne: null }, subjectType: 'Idea' }, { populate: ['parent'] });
  const titles = new Map((await em.find(Idea, { id: { $in: replies.map((reply) => reply.subjectId) } })).map((idea) => [idea.id, idea.title]));
  for (const reply of replies) {
    if (!reply.parent || reply.parent.author.id === reply.author.id) continue;
    em.create(Notification, {
      recipient: reply.parent.author,
      actor: reply.author,
      kind: NotificationKind.COMMENT_REPLY,
      subjectType: 'Idea',
      subjectId: reply.subjectId,
      title: titles.get(reply.subjectId) ?? '',
      text: reply.body.slice(0, 140),
      createdAt: reply.createdAt,
      readAt: readIfOld(reply.createdAt),
    });
  }
  await em.flush();
}
