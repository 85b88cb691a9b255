import type { Context } from '../../context.js';
import { requireViewer } from '../../core/authorization.js';
import { UserErrorCode, UserErrorException, userError } from '../../core/user-error.js';
import { accountEmails } from './accounts.emails.js';
import { limitAccountEmails } from './account-email-limits.js';
import { AccountTokenPurpose } from './account-token.entity.js';
import { issueAccountToken, redeemAccountToken } from './account-tokens.js';
import { User } from './user.entity.js';

const invalidLink = () =>
  new UserErrorException(userError(UserErrorCode.INVALID_TOKEN, { key: 'userError.INVALID_TOKEN' }, 'input.token'));

/**
 * Confirms the address an emailed link went to: the account's own (after registration) or a new one the person asked
 * to change to, which becomes the account's email only now. Works signed in or not (the link may open on a phone).
 */
export async function confirmEmail(context: Context, token: string): Promise<User> {
  const { em } = context;
  if (token.length === 0 || token.length > 200) throw invalidLink();
  const redeemed = await redeemAccountToken(em, token, [AccountTokenPurpose.EMAIL_CONFIRMATION, AccountTokenPurpose.EMAIL_CHANGE]);
  if (!redeemed) throw invalidLink();
  const user = await em.findOneOrFail(User, { id: redeemed.userId });
  user.emailConfirmedAt = new Date();
  if (redeemed.purpose === AccountTokenPurpose.EMAIL_CHANGE && redeemed.newEmail && redeemed.newEmail !== user.email) {
    if (await em.count(User, { email: redeemed.newEmail, id: { $ne: user.id } })) {
      throw new UserErrorException(userError(UserErrorCode.TAKEN, { key: 'error.emailTakenSince' }, 'input.token'));
    }
    const oldEmail = user.email;
    user.email = redeemed.newEmail;
    accountEmails.emailChanged(context, user, oldEmail);
  }
  await em.flush();
  return user;
}

/** Mails the signed-in person a new confirmation link (the previous one stops working). */
export async function resendEmailConfirmation(context: Context): Promise<void> {
  const viewer = requireViewer(context);
  if (viewer.emailConfirmedAt) {
    throw new UserErrorException(userError(UserErrorCode.ALREADY_DONE, { key: 'error.emailAlreadyConfirmed' }));
  }
  await limitAccountEmails(context, viewer.email, 'input');
  await sendEmailConfirmation(context, viewer);
  await context.em.flush();
}

/** Queues the confirmation email of a new or unconfirmed account (persisted with the caller's flush). */
export async function sendEmailConfirmation(context: Context, user: User): Promise<void> {
  const token = await issueAccountToken(context.em, user, AccountTokenPurpose.EMAIL_CONFIRMATION);
  accountEmails.emailConfirmation(context, user, token);
}
