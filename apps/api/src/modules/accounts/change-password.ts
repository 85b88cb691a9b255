import { changePasswordSchema } from '@gotong/domain';
import type { Context } from '../../context.js';
import { validateInput } from '../../core/validation.js';
import { requireSessionViewer } from './accounts.permissions.js';
import type { ChangePasswordInput } from './account.inputs.js';
import { confirmPassword } from './confirm-password.js';
import { hashPassword } from './password.js';
import { Session } from './session.entity.js';

/** Sets a new password (the current one proves it is the person) and ends every other session; this one stays. */
export async function changePassword(context: Context, input: ChangePasswordInput): Promise<number> {
  const viewer = requireSessionViewer(context);
  const data = validateInput(changePasswordSchema, input);
  const { em } = context;
  const withHash = await confirmPassword(em, viewer.id, data.currentPassword, 'input.currentPassword');
  withHash.passwordHash = await hashPassword(data.newPassword);
  await em.flush();
  return em.nativeUpdate(Session, { user: viewer.id, revokedAt: null, id: { $ne: context.session!.id } }, { revokedAt: new Date() });
}
