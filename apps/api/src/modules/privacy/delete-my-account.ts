import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
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
 * Refuses while the person is an organisation's only owner. The organisations' rows are locked in id order first, the
 * lock that membership changes take, so an owner leaving at the same moment cannot leave an organisation ownerless.
 */
async function refuseSoleOwnership(transaction: EntityManager, userId: string): Promise<void> {
  const connection = transaction.getConnection();
  const run = <Row>(sql: string, parameters: unknown[]) => connection.execute<Row[]>(sql, parameters, 'all', transaction.getTransactionContext());
  await run(
    `select o.id from organizations o join memberships m on m.organization_id = o.id
     where m.user_id = ? and m.role = 'OWNER' order by o.id for update of o`,
    [userId],
  );
  const soleOwnerships = await run<{ name: string }>(
    `select o.name from memberships m join organizations o on o.id = m.organization_id
     where m.user_id = ? and m.role = 'OWNER'
       and (select count(*) from memberships other where other.organization_id = m.organization_id and other.role = 'OWNER') = 1
     order by o.name`,
    [userId],
  );
  if (soleOwnerships.length > 0) {
    throw new UserErrorException(
      userError(
        UserErrorCode.NOT_ALLOWED_NOW,
        { key: 'error.soleOwner', params: { organizations: soleOwnerships.map((row) => row.name).join(', ') } },
      ),
    );
  }
}

/**
 * Deletes the viewer's account (UU 27/2022 right to erasure): personal data is erased, sessions end,
 * memberships go; what they contributed stays, shown as "Pengguna terhapus".
 */
export async function deleteMyAccount(context: Context, password: string): Promise<void> {
  const viewer = requireSessionViewer(context);
  const { em } = context;
  await confirmPassword(em, viewer.id, password, 'input.password');
  await em.transactional(async (transaction) => {
    await refuseSoleOwnership(transaction, viewer.id);
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
