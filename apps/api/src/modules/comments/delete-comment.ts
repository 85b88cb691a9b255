import type { Context } from '../../context.js';
import { requireViewer } from '../../core/authorization.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Comment } from './comment.entity.js';
import type { DeleteCommentInput } from './comment.type.js';
import { commentableRegistration } from './commentables.js';
import { authorize } from './comments.permissions.js';
import { findCommentInput } from './find-comment.js';

/** Its author (or a moderator) deletes a comment: the text goes, a "deleted" placeholder keeps the replies in place. */
export async function deleteComment(context: Context, input: DeleteCommentInput): Promise<Comment> {
  const viewer = requireViewer(context);
  const comment = await findCommentInput(context, input.commentId, 'input.commentId');
  const refusal = authorize(context, 'delete', comment);
  if (refusal) throw refusal;
  comment.deletedAt = new Date();
  comment.body = '';
  comment.bodyHtml = '';
  if (comment.author.id !== viewer.id) {
    recordAudit(context.em, { actor: viewer, action: 'comment.delete', subjectType: 'Comment', subjectId: comment.id });
  }
  await context.em.flush();
  await commentableRegistration(comment.subjectType)?.changed?.(context, comment.subjectId);
  return comment;
}
