import type { GraphQLError } from 'graphql';
import type { Context } from '../../context.js';
import { forbidden, unauthenticated } from '../../core/errors.js';
import { UserErrorCode, UserErrorException, userError } from '../../core/user-error.js';
import { isModerator } from '../moderation/moderatable-content.js';
import type { Comment } from './comment.entity.js';

export type CommentAction = 'edit' | 'delete';

/**
 * The comments' one authorisation rule, used by the use cases (which throw its refusal) and the viewerCan* fields
 * (`can`): null when the viewer may, else UNAUTHENTICATED, FORBIDDEN, or a UserError for a comment already deleted.
 */
export function authorize(context: Context, action: CommentAction, comment: Comment): GraphQLError | UserErrorException | null {
  if (!context.viewer) return unauthenticated();
  const isAuthor = comment.author.id === context.viewer.id;
  if (action === 'edit' ? !isAuthor : !isAuthor && !isModerator(context)) {
    return forbidden(action === 'edit' ? 'Only its author may edit a comment.' : 'Only its author or a moderator may delete a comment.');
  }
  if (comment.deletedAt) return new UserErrorException(userError(UserErrorCode.NOT_ALLOWED_NOW, { key: 'error.commentDeleted' }, 'input.commentId'));
  return null;
}

export function can(context: Context, action: CommentAction, comment: Comment): boolean {
  return authorize(context, action, comment) === null;
}
