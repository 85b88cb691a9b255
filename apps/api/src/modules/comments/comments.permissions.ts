import type { Context } from '../../context.js';
import { isModerator } from '../moderation/moderatable-content.js';
import type { Comment } from './comment.entity.js';

export type CommentAction = 'edit' | 'delete';

export function can(context: Context, action: CommentAction, comment: Comment): boolean {
  if (!context.viewer || comment.deletedAt) return false;
  const isAuthor = comment.author.id === context.viewer.id;
  return action === 'edit' ? isAuthor : isAuthor || isModerator(context);
}
