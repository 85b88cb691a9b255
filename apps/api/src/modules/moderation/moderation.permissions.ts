import type { Context } from '../../context.js';
import { viewerHasPlatformRole, requireViewer } from '../../core/authorization.js';
import { forbidden } from '../../core/errors.js';
import { UserErrorCode, UserErrorException, userError } from '../../core/user-error.js';
import type { User } from '../accounts/user.entity.js';

export type ModerationPermission = 'readQueue' | 'moderate' | 'suspend' | 'readSettings' | 'configure';

/**
 * Whether the viewer may do a moderation action: moderators (and admins) handle the queue, hide, restore and suspend;
 * only admins change the platform's settings or suspend a moderator or an admin; nobody suspends themselves.
 */
export function can(context: Context, action: ModerationPermission, target?: User): boolean {
  switch (action) {
    case 'readQueue':
    case 'moderate':
    case 'readSettings':
      return viewerHasPlatformRole(context, 'MODERATOR');
    case 'suspend':
      if (!viewerHasPlatformRole(context, 'MODERATOR')) return false;
      return !target || target.platformRole === 'MEMBER' || viewerHasPlatformRole(context, 'ADMIN');
    case 'configure':
      return viewerHasPlatformRole(context, 'ADMIN');
  }
}

/** UNAUTHENTICATED for the signed-out, FORBIDDEN for those who may not, a UserError for suspending oneself. */
export function authorize(context: Context, action: ModerationPermission, target?: User): User {
  const viewer = requireViewer(context);
  if (action === 'suspend' && target?.id === viewer.id) {
    throw new UserErrorException(userError(UserErrorCode.INVALID, { key: 'moderation.suspend.refused.self' }, 'input.userId'));
  }
  if (!can(context, action, target)) throw forbidden();
  return viewer;
}
