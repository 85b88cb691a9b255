import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import { now } from '../../core/clock.js';
import { publish } from '../../core/events.js';
import { Topic } from '../../core/pubsub.js';
import { UserErrorCode, UserErrorException, userError } from '../../core/user-error.js';
import { findCommentInput, type Comment } from '../comments/index.js';
import { Follow } from '../follows/index.js';
import { Idea } from '../ideas/index.js';
import { NotificationKind, notify } from '../notifications/index.js';
import { stopClocks } from './open-clocks.js';
import { authorize } from './responses.permissions.js';

const refused = (code: UserErrorCode, key: 'error.ideaWithoutAgency' | 'error.commentDeleted' | 'responses.officialReply.refused.notOnIdea' | 'responses.officialReply.refused.already') =>
  new UserErrorException(userError(code, { key }, 'input.commentId'));

/**
 * An officer of the agency an idea is addressed to marks a comment written by one of its officers as the agency's
 * official reply: it is pinned under the idea, stops the REPLY clock and tells the author and the followers.
 */
export async function markOfficialReply(context: Context, input: { commentId: string }): Promise<Comment> {
  const comment = await findCommentInput(context, input.commentId, 'input.commentId');
  if (comment.subjectType !== 'Idea') throw refused(UserErrorCode.INVALID, 'responses.officialReply.refused.notOnIdea');
  const idea = await context.em.findOne(Idea, { id: comment.subjectId }, { populate: ['agency'] });
  if (!idea?.agency) throw refused(UserErrorCode.INVALID, 'error.ideaWithoutAgency');
  const agency = idea.agency;
  const officer = await authorize(context, 'markOfficialReply', { agency, commentAuthorId: comment.author.id });
  if (comment.deletedAt) throw refused(UserErrorCode.NOT_ALLOWED_NOW, 'error.commentDeleted');
  const at = now();
  await context.em.transactional(async (em: EntityManager) => {
    const inserted: unknown[] = await em.execute(
      `insert into official_replies (id, created_at, updated_at, comment_id, idea_id, agency_id, marked_by_id)
       values (gen_random_uuid(), ?, ?, ?, ?, ?, ?) on conflict (comment_id) do nothing returning id`,
      [at, at, comment.id, idea.id, agency.id, officer.id],
    );
    if (inserted.length === 0) throw refused(UserErrorCode.ALREADY_DONE, 'responses.officialReply.refused.already');
    await stopClocks(em, idea.id, ['REPLY'], at);
  });
  await publish(context, Topic.IdeaChanged, { ideaId: idea.id });
  const followers = await context.em.find(Follow, { subjectType: 'Idea', subjectId: idea.id }, { fields: ['user'] });
  await notify(context, {
    recipientIds: [idea.author.id, ...followers.map((follow) => follow.user.id)],
    actorId: officer.id,
    kind: NotificationKind.OFFICIAL_REPLY,
    subjectType: 'Idea',
    subjectId: idea.id,
    title: idea.title,
    text: agency.name,
    quote: comment.body,
    about: { typeName: 'Comment', id: comment.id },
    dedupeKey: (recipientId) => `official-reply:${comment.id}:${recipientId}`,
  });
  return comment;
}
