import type { PlatformRole } from '@gotong/domain';
import { LockMode } from '@mikro-orm/core';
import type { Context } from '../../context.js';
import { forbidden } from '../../core/errors.js';
import { idOfType } from '../../core/global-id.js';
import { UserErrorCode, UserErrorException, userError } from '../../core/user-error.js';
import { User } from '../accounts/user.entity.js';
import { recordAudit } from '../audit/index.js';
import { authorize } from './administration.permissions.js';
import type { SetPlatformRoleInput } from './administration.type.js';

/** The role after the change, or an error: a revoke takes away only the role the person holds. */
function nextRole(current: PlatformRole, input: SetPlatformRoleInput): PlatformRole {
  if (input.granted) return input.role;
  if (current === input.role) return 'MEMBER';
  if (current === 'ADMIN') {
    throw new UserErrorException(userError(UserErrorCode.NOT_ALLOWED_NOW, { key: 'error.personIsAdmin' }, 'input.role'));
  }
  return current;
}

const lastAdmin = () => new UserErrorException(userError(UserErrorCode.NOT_ALLOWED_NOW, { key: 'error.lastAdmin' }, 'input.userId'));

/**
 * Grants or revokes MODERATOR or ADMIN (platform admins), audited. The admins' rows are locked for the transaction,
 * so two admins demoting each other at once cannot leave the platform without one: the second waits, re-reads and
 * finds itself the last.
 */
export async function setPlatformRole(context: Context, input: SetPlatformRoleInput): Promise<User> {
  authorize(context, 'setPlatformRole');
  const admin = context.viewer!;
  const userId = idOfType(input.userId, 'User');
  const notFound = () => new UserErrorException(userError(UserErrorCode.NOT_FOUND, { key: 'error.noSuchAccount' }, 'input.userId'));
  if (!userId) throw notFound();
  const changed = await context.em.transactional(async (em) => {
    const admins = await em.find(User, { platformRole: 'ADMIN', deletedAt: null }, { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' } });
    // The viewer was read before the lock: an admin demoted meanwhile acts no more.
    if (!admins.some((candidate) => candidate.id === admin.id)) throw forbidden('Only platform admins may do this.');
    const person = admins.find((candidate) => candidate.id === userId)
      ?? (await em.findOne(User, { id: userId, deletedAt: null }, { lockMode: LockMode.PESSIMISTIC_WRITE }));
    if (!person) throw notFound();
    const role = nextRole(person.platformRole, input);
    if (role === person.platformRole) return person;
    if (person.platformRole === 'ADMIN' && admins.length <= 1) throw lastAdmin();
    person.platformRole = role;
    recordAudit(em, {
      actor: em.getReference(User, admin.id),
      action: input.granted ? 'user.grantPlatformRole' : 'user.revokePlatformRole',
      subjectType: 'User',
      subjectId: person.id,
      note: input.role,
    });
    return person;
  });
  return context.em.findOneOrFail(User, { id: changed.id }, { refresh: true });
}
