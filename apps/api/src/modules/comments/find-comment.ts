import type { Context } from '../../context.js';
import { idOfType, toGlobalId } from '../../core/global-id.js';
import { UserErrorCode, UserErrorException, userError } from '../../core/user-error.js';
import { canSeeContent } from '../moderation/moderatable-content.js';
import { Comment } from './comment.entity.js';
import { findCommentable } from './commentables.js';

/** Whether the viewer may see a comment: not hidden from them, and on a subject they may see (a comment is as private as what it is on). */
export async function maySeeComment(context: Context, comment: Comment): Promise<boolean> {
  return canSeeContent(context, comment) && Boolean(await findCommentable(context, toGlobalId(comment.subjectType, comment.subjectId)));
}

/** The comment by id if the viewer may see it: the comments' one visibility rule (node, mutations, live, reports, notifications). */
export async function findVisibleComment(context: Context, id: string): Promise<Comment | null> {
  const comment = await context.em.findOne(Comment, { id }, { populate: ['author'] });
  return comment && (await maySeeComment(context, comment)) ? comment : null;
}

/** The comment a mutation input names, if the viewer may see it, or a NOT_FOUND UserError on that field. */
export async function findCommentInput(context: Context, globalId: string, field: string): Promise<Comment> {
  const id = idOfType(globalId, 'Comment');
  const comment = id ? await findVisibleComment(context, id) : null;
  if (!comment) throw new UserErrorException(userError(UserErrorCode.NOT_FOUND, { key: 'error.noSuchComment' }, field));
  return comment;
}
