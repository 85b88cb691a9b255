import type { Context } from '../../context.js';
import { requireViewer } from '../../core/authorization.js';
import { forbidden } from '../../core/errors.js';
import { UserErrorCode, UserErrorException, userError } from '../../core/user-error.js';
import type { User } from './user.entity.js';

/** Whether the person must still confirm their address before they post, vote or comment. */
export function mustConfirmEmail(context: Context, user: User): boolean {
  return context.services.config.emailConfirmationRequired && !user.emailConfirmedAt;
}

/**
 * The one rule for contributions (ideas, votes, comments, discussions): once a mail server is configured, only a
 * person who confirmed their address takes part, so throwaway addresses cannot flood the forum.
 */
export function requireConfirmedEmail(context: Context): User {
  const viewer = requireViewer(context);
  if (mustConfirmEmail(context, viewer)) {
    throw new UserErrorException(
      userError(
        UserErrorCode.EMAIL_NOT_CONFIRMED,
        { key: 'userError.EMAIL_NOT_CONFIRMED' },
      ),
    );
  }
  return viewer;
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
