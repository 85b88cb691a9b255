import { moderationReason } from '@gotong/domain';
import { LockMode } from '@mikro-orm/core';
import { z } from 'zod';
import type { Context } from '../../context.js';
import { idOfType } from '../../core/global-id.js';
import { UserErrorCode, UserErrorException, userError } from '../../core/user-error.js';
import { validateInput } from '../../core/validation.js';
import { recordAudit } from '../audit/record-audit.js';
import { Session, suspensionEnd, User } from '../accounts/index.js';
import { queueEmail } from '../notifications/queue-email.js';
import { ModerationAction } from './moderation-action.entity.js';
import { authorize } from './moderation.permissions.js';
import type { SuspendAccountInput } from './moderation.type.js';

const suspensionSchema = z.object({ days: z.number().int().min(1).max(365), reason: moderationReason });
const day = 24 * 60 * 60 * 1000;

/**
 * A moderator suspends an account for some days with a reason: until then it cannot sign in and its sessions and API
 * tokens are refused (every session ends now); the person is emailed why and until when; the moderation log and the
 * audit log keep it. A second suspension replaces the first (a shorter one shortens it).
 */
export async function suspendAccount(context: Context, input: SuspendAccountInput): Promise<User> {
  const id = idOfType(input.userId, 'User');
  const target = id ? await context.em.findOne(User, { id, deletedAt: null }) : null;
  if (!target) throw new UserErrorException(userError(UserErrorCode.NOT_FOUND, { key: 'moderation.suspend.refused.notFound' }, 'input.userId'));
  const moderator = authorize(context, 'suspend', target);
  const { days, reason } = validateInput(suspensionSchema, { days: input.days, reason: input.reason });
  const now = new Date();
  const until = new Date(now.getTime() + days * day);
  await context.em.transactional(async (em) => {
    const person = await em.findOneOrFail(User, { id: target.id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    person.suspendedUntil = until;
    person.suspensionReason = reason;
    await em.nativeUpdate(Session, { user: person.id, revokedAt: null }, { revokedAt: now });
    em.create(ModerationAction, { moderator, subjectType: 'User', subjectId: person.id, decision: 'SUSPEND', reason, suspendedUntil: until });
    recordAudit(em, { actor: moderator, action: 'account.suspend', subjectType: 'User', subjectId: person.id, note: reason });
    queueEmail(em, person, 'accountSuspended', { name: person.displayName, until: suspensionEnd(until, person.locale), reason });
    await em.flush();
    Object.assign(target, { suspendedUntil: until, suspensionReason: reason });
  });
  return target;
}
