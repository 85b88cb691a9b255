import type { GraphQLError } from 'graphql';
import type { Context } from '../../context.js';
import { forbidden, unauthenticated } from '../../core/errors.js';
import { UserErrorCode, UserErrorException, userError } from '../../core/user-error.js';
import { isModerator } from '../moderation/moderatable-content.js';
import type { Comment } from './comment.entity.js';

export type CommentAction = 'edit' | 'delete';

type Refusal = () => GraphQLError | UserErrorException;

/**
 * The comments' one authorisation rule: null when the viewer may, else how to build the refusal (UNAUTHENTICATED,
 * FORBIDDEN, or a UserError for a comment already deleted), built only when a use case throws it: the viewerCan*
 * fields ask for every comment of a thread and need only the answer (an error captures a stack trace).
 */
function refusalOf(context: Context, action: CommentAction, comment: Comment): Refusal | null {
  if (!context.viewer) return () => unauthenticated();
  const isAuthor = comment.author.id === context.viewer.id;
  if (action === 'edit' ? !isAuthor : !isAuthor && !isModerator(context)) {
    return () => forbidden(action === 'edit' ? 'Only its author may edit a comment.' : 'Only its author or a moderator may delete a comment.');
  }
  if (comment.deletedAt) return () => new UserErrorException(userError(UserErrorCode.NOT_ALLOWED_NOW, { key: 'error.commentDeleted' }, 'input.commentId'));
  return null;
}

/** The refusal the use cases throw, or null when the viewer may (see refusalOf). */
export function authorize(context: Context, action: CommentAction, comment: Comment): GraphQLError | UserErrorException | null {
  return refusalOf(context, action, comment)?.() ?? null;
}

export function can(context: Context, action: CommentAction, comment: Comment): boolean {
  return refusalOf(context, action, comment) === null;
}
