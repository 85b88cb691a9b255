import { resetPasswordSchema } from '@gotong/domain';
import type { Context } from '../../context.js';
import { UserErrorCode, UserErrorException, userError } from '../../core/user-error.js';
import { validateInput } from '../../core/validation.js';
import { AccountTokenPurpose } from './account-token.entity.js';
import { redeemAccountToken } from './account-tokens.js';
import type { ResetPasswordInput } from './account.inputs.js';
import { hashPassword } from './password.js';
import { Session } from './session.entity.js';
import { User } from './user.entity.js';

/**
 * Sets a new password with the emailed token (of this email's account, unused, under an hour old) and ends every
 * session, wherever it was. The link proved the person reads that mailbox, so the address counts as confirmed.
 */
export async function resetPassword(context: Context, input: ResetPasswordInput): Promise<void> {
  const data = validateInput(resetPasswordSchema, input);
  const { em } = context;
  const passwordHash = await hashPassword(data.newPassword);
  const redeemed = await redeemAccountToken(em, data.token, [AccountTokenPurpose.PASSWORD_RESET], data.email);
  if (!redeemed) {
    throw new UserErrorException(
      userError(UserErrorCode.INVALID_TOKEN, { key: 'userError.INVALID_TOKEN' }, 'input.token'),
    );
  }
  const now = new Date();
  const user = await em.findOneOrFail(User, { id: redeemed.userId });
  user.passwordHash = passwordHash;
  user.emailConfirmedAt ??= now;
  await em.flush();
  await em.nativeUpdate(Session, { user: user.id, revokedAt: null }, { revokedAt: now });
}
