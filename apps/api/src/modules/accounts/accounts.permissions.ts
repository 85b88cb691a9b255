import type { Context } from '../../context.js';
import { requireViewer, requireViewerId } from '../../core/authorization.js';
import { forbidden } from '../../core/errors.js';
import { UserErrorCode, UserErrorException, userError } from '../../core/user-error.js';
import type { User } from './user.entity.js';

/**
 * The one rule for contributions (ideas, votes, comments, discussions): once a mail server is configured, only a
 * person who confirmed their address takes part, so throwaway addresses cannot flood the forum. Decided from the
 * session's row: the signed-in person's id, with no entity made (a vote needs no more).
 */
export function requireConfirmedEmail(context: Context): string {
  const viewerId = requireViewerId(context);
  if (context.services.config.emailConfirmationRequired && !context.viewerEmailConfirmed) {
    throw new UserErrorException(userError(UserErrorCode.EMAIL_NOT_CONFIRMED, { key: 'userError.EMAIL_NOT_CONFIRMED' }));
  }
  return viewerId;
}

/**
 * The account itself (password, email, sessions, API tokens, deletion) is managed only from a signed-in session:
 * an API token, even with WRITE, cannot take over the account that issued it.
 */
export function requireSessionViewer(context: Context): User {
  const viewer = requireViewer(context);
  if (!context.session) throw forbidden('Manage the account from a signed-in session; API tokens cannot.');
  return viewer;
}
