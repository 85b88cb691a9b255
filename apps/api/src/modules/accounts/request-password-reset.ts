import { requestPasswordResetSchema } from '@gotong/domain';
import type { Context } from '../../context.js';
import { validateInput } from '../../core/validation.js';
import { accountEmails } from './accounts.emails.js';
import { limitAccountEmails } from './account-email-limits.js';
import { AccountTokenPurpose } from './account-token.entity.js';
import { issueAccountToken } from './account-tokens.js';
import type { RequestPasswordResetInput } from './account.inputs.js';
import { User } from './user.entity.js';

/** Mails a one-hour reset link if the address has an account; the answer is the same either way. */
export async function requestPasswordReset(context: Context, input: RequestPasswordResetInput): Promise<void> {
  const { email } = validateInput(requestPasswordResetSchema, input);
  await limitAccountEmails(context, email, 'input.email');
  const user = await context.em.findOne(User, { email, deletedAt: null });
  if (!user) return;
  const token = await issueAccountToken(context.em, user, AccountTokenPurpose.PASSWORD_RESET);
  accountEmails.passwordReset(context, user, token);
  await context.em.flush();
}
