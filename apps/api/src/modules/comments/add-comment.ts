import type { Context } from '../../context.js';
import { requireViewer } from '../../core/authorization.js';
import { requireConfirmedEmail } from '../accounts/index.js';
import { publish } from '../../core/events.js';
import { idOfType, toGlobalId } from '../../core/global-id.js';
import { Topic } from '../../core/pubsub.js';
import { UserErrorCode, UserErrorException, userError } from '../../core/user-error.js';
import { canSeeContent } from '../moderation/moderatable-content.js';
import { validateCommentBody } from './comment-body.js';
import { Comment } from './comment.entity.js';
import { replyPlacement, threadSegment } from './comment-thread.js';
import type { AddCommentInput } from './comment.type.js';
import { findCommentable } from './commentables.js';
import { renderMarkdown } from './render-markdown.js';

/** Comments on a subject the viewer can see (or replies to a comment there), then tells live subscribers. */
export async function addComment(context: Context, input: AddCommentInput): Promise<Comment> {
  requireConfirmedEmail(context);
  const viewer = requireViewer(context);
  const found = await findCommentable(context, input.subjectId);
  if (!found) throw new UserErrorException(userError(UserErrorCode.NOT_FOUND, { key: 'error.nothingToComment' }, 'input.subjectId'));
  const refusal = found.registration.refuseComment?.(context, found.subject);
  if (refusal) throw new UserErrorException(userError(UserErrorCode.NOT_ALLOWED_NOW, refusal, 'input.subjectId'));
  const body = validateCommentBody(input.body);
  const { em } = context;
  let parent: Comment | null = null;
  if (input.parentId) {
    const parentId = idOfType(input.parentId, 'Comment');
    parent = parentId ? await em.findOne(Comment, { id: parentId, subjectType: found.registration.typeName, subjectId: found.id }) : null;
    if (!parent || !canSeeContent(context, parent)) {
      throw new UserErrorException(userError(UserErrorCode.NOT_FOUND, { key: 'error.parentNotInThread' }, 'input.parentId'));
    }
  }
  const placement = replyPlacement(parent);
  const comment = new Comment();
  Object.assign(comment, {
    subjectType: found.registration.typeName,
    subjectId: found.id,
    parent: parent && placement.beside ? parent.parent : parent,
    depth: placement.depth,
    author: viewer,
    body,
    bodyHtml: renderMarkdown(body),
  });
  comment.threadPath = placement.parentPath + threadSegment(comment.createdAt, comment.id);
  await em.transactional(async (transaction) => {
    transaction.persist(comment);
    await found.registration.commented?.(transaction, found.id);
  });
  await publish(context, Topic.CommentAdded, { commentId: comment.id, subjectId: toGlobalId(found.registration.typeName, found.id) });
  await found.registration.changed?.(context, found.id);
  return comment;
}
