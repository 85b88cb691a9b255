import { randomBytes } from 'node:crypto';
import type { Context } from '../../context.js';
import { UserErrorCode, UserErrorException, userError } from '../../core/user-error.js';
import { AccountToken, ApiToken, confirmPassword, requireSessionViewer } from '../accounts/index.js';
import { Consent } from '../accounts/consent.entity.js';
import { hashPassword } from '../accounts/password.js';
import { Session } from '../accounts/session.entity.js';
import { User } from '../accounts/user.entity.js';
import { recordAudit } from '../audit/record-audit.js';
import { Membership } from '../organizations/membership.entity.js';
import { runAccountDeletionHooks } from './personal-data.js';

/**
 * Deletes the viewer's account (UU 27/2022 right to erasure): personal data is erased, sessions end,
 * memberships go; what they contributed stays, shown as "Pengguna terhapus".
 */
export async function deleteMyAccount(context: Context, password: string): Promise<void> {
  const viewer = requireSessionViewer(context);
  const { em } = context;
  await confirmPassword(em, viewer.id, password, 'input.password');
  const soleOwnerships = await em.getConnection().execute<{ name: string }[]>(
    `select o.name from memberships m join organizations o on o.id = m.organization_id
     where m.user_id = ? and m.role = 'OWNER'
       and (select count(*) from memberships other where other.organization_id = m.organization_id and other.role = 'OWNER') = 1`,
    [viewer.id],
  );
  if (soleOwnerships.length > 0) {
    throw new UserErrorException(
      userError(
        UserErrorCode.NOT_ALLOWED_NOW,
        `Hand over ownership first: you are the only owner of ${soleOwnerships.map((row) => row.name).join(', ')}.`,
      ),
    );
  }
  await em.transactional(async (transaction) => {
    const now = new Date();
    await transaction.nativeUpdate(User, { id: viewer.id }, {
      email: `deleted-${viewer.id}@deleted.invalid`,
      displayName: 'Pengguna terhapus',
      bio: '',
      passwordHash: await hashPassword(randomBytes(32).toString('base64url')),
      deletedAt: now,
    });
    await transaction.nativeUpdate(Session, { user: viewer.id, revokedAt: null }, { revokedAt: now });
    await transaction.nativeUpdate(Session, { user: viewer.id }, { userAgent: null });
    await transaction.nativeUpdate(ApiToken, { user: viewer.id, revokedAt: null }, { revokedAt: now });
    await transaction.nativeDelete(AccountToken, { user: viewer.id });
    await transaction.nativeUpdate(Consent, { user: viewer.id, withdrawnAt: null }, { withdrawnAt: now });
    await transaction.nativeDelete(Membership, { user: viewer.id });
    await runAccountDeletionHooks(transaction, viewer.id);
    recordAudit(transaction, { actor: null, action: 'privacy.deleteAccount', subjectType: 'User', subjectId: viewer.id });
  });
  context.sessionCookie?.clear();
}
