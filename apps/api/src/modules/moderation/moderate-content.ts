import { maxPageSize } from '../../core/connection.js';
import { moderationReason } from '@gotong/domain';
import { z } from 'zod';
import type { Context } from '../../context.js';
import { publish } from '../../core/events.js';
import { fromGlobalId } from '../../core/global-id.js';
import { Topic } from '../../core/pubsub.js';
import { UserErrorCode, UserErrorException, userError, type UserError } from '../../core/user-error.js';
import { validateInput } from '../../core/validation.js';
import { recordAudit } from '../audit/record-audit.js';
import { moderatableRegistration, type ModeratableEntity } from './moderatable-content.js';
import { ModerationAction } from './moderation-action.entity.js';
import { authorize } from './moderation.permissions.js';
import { ModerationDecision, type ModerateContentInput } from './moderation.type.js';
import { ContentReport } from './report.entity.js';

const reasonSchema = z.object({ reason: moderationReason });

/**
 * Moderators hide or restore one item or many at once (those who answer for a hidden item are told); every item gets a moderation-log and an audit entry,
 * and its open reports are resolved. All items change, or (on any unknown item) none.
 */
export async function moderateContent(context: Context, input: ModerateContentInput): Promise<ModeratableEntity[]> {
  const moderator = authorize(context, 'moderate');
  const { reason } = validateInput(reasonSchema, { reason: input.reason });
  const ids = [...new Set(input.subjectIds)];
  if (ids.length === 0 || ids.length > maxPageSize) {
    throw new UserErrorException(userError(UserErrorCode.INVALID, { key: 'moderation.moderate.refused.count', params: { max: maxPageSize } }, 'input.subjectIds'));
  }
  const { em } = context;
  const items: { typeName: string; content: ModeratableEntity }[] = [];
  const missing: UserError[] = [];
  for (const [index, globalId] of ids.entries()) {
    const parsed = fromGlobalId(globalId);
    const registration = parsed && moderatableRegistration(parsed.typeName);
    const content = registration ? ((await em.findOne(registration.entity as never, { id: parsed.id } as never)) as ModeratableEntity | null) : null;
    if (content) items.push({ typeName: parsed!.typeName, content });
    else missing.push(userError(UserErrorCode.NOT_FOUND, { key: 'moderation.moderate.refused.notFound' }, `input.subjectIds.${index}`));
  }
  if (missing.length) throw new UserErrorException(missing);
  const now = new Date();
  await em.transactional(async (transaction) => {
    for (const { typeName, content } of items) {
      content.hiddenAt = input.decision === ModerationDecision.HIDE ? (content.hiddenAt ?? now) : null;
      transaction.persist(transaction.create(ModerationAction, { moderator, subjectType: typeName, subjectId: content.id, decision: input.decision, reason }));
      recordAudit(transaction, { actor: moderator, action: `content.${input.decision.toLowerCase()}`, subjectType: typeName, subjectId: content.id, note: reason });
      await transaction.nativeUpdate(ContentReport, { subjectType: typeName, subjectId: content.id, resolvedAt: null }, { resolvedAt: now });
    }
  });
  for (const { typeName, content } of items) {
    if (input.decision === ModerationDecision.HIDE) await publish(context, Topic.ContentHidden, { subjectType: typeName, subjectId: content.id, automatic: false });
    await moderatableRegistration(typeName)?.changed?.(context, content.id);
  }
  return items.map((item) => item.content);
}
