import { changeEmailSchema } from '@gotong/domain';
import type { Context } from '../../context.js';
import { UserErrorCode, UserErrorException, userError } from '../../core/user-error.js';
import { validateInput } from '../../core/validation.js';
import { requireSessionViewer } from './accounts.permissions.js';
import { accountEmails } from './accounts.emails.js';
import { limitAccountEmails } from './account-email-limits.js';
import { AccountTokenPurpose } from './account-token.entity.js';
import { issueAccountToken } from './account-tokens.js';
import type { ChangeEmailInput } from './account.inputs.js';
import { confirmPassword } from './confirm-password.js';
import { User } from './user.entity.js';

/** Mails a confirmation link to the new address; the account keeps its current email until that link is opened. */
export async function changeEmail(context: Context, input: ChangeEmailInput): Promise<string> {
  const viewer = requireSessionViewer(context);
  const data = validateInput(changeEmailSchema, input);
  const { em } = context;
  await confirmPassword(em, viewer.id, data.password, 'input.password');
  if (data.newEmail === viewer.email) {
    throw new UserErrorException(userError(UserErrorCode.ALREADY_DONE, { key: 'error.alreadyYourEmail' }, 'input.newEmail'));
  }
  if (await em.count(User, { email: data.newEmail })) {
    throw new UserErrorException(userError(UserErrorCode.TAKEN, { key: 'error.emailTaken' }, 'input.newEmail'));
  }
  await limitAccountEmails(context, data.newEmail, 'input.newEmail');
  const token = await issueAccountToken(em, viewer, AccountTokenPurpose.EMAIL_CHANGE, data.newEmail);
  accountEmails.emailChange(context, viewer, data.newEmail, token);
  await em.flush();
  return data.newEmail;
}
