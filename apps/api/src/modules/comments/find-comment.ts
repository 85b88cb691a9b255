import type { Context } from '../../context.js';
import { idOfType } from '../../core/global-id.js';
import { UserErrorCode, UserErrorException, userError } from '../../core/user-error.js';
import { canSeeContent } from '../moderation/moderatable-content.js';
import { Comment } from './comment.entity.js';

/** The comment a mutation input names, if the viewer may see it, or a NOT_FOUND UserError on that field. */
export async function findCommentInput(context: Context, globalId: string, field: string): Promise<Comment> {
  const id = idOfType(globalId, 'Comment');
  const comment = id ? await context.em.findOne(Comment, { id }) : null;
  if (!comment || !canSeeContent(context, comment)) throw new UserErrorException(userError(UserErrorCode.NOT_FOUND, 'No such comment.', field));
  return comment;
}
