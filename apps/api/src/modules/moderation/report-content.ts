import { reportReason } from '@gotong/domain';
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import { z } from 'zod';
import type { Context } from '../../context.js';
import { requireViewer } from '../../core/authorization.js';
import { publish } from '../../core/events.js';
import { fromGlobalId } from '../../core/global-id.js';
import { Topic } from '../../core/pubsub.js';
import { UserErrorCode, UserErrorException, userError } from '../../core/user-error.js';
import { validateInput } from '../../core/validation.js';
import { findVisibleContent, moderatableRegistration, type ModeratableEntity } from './moderatable-content.js';
import { ModerationAction } from './moderation-action.entity.js';
import { moderationSettings } from './moderation-settings.js';
import type { ReportContentInput } from './moderation.type.js';
import { ContentReport, reportCategories } from './report.entity.js';

const reportSchema = z.object({ reason: reportReason, category: z.enum(reportCategories) });
const alreadyReported = () => new UserErrorException(userError(UserErrorCode.ALREADY_DONE, { key: 'moderation.report.refused.twice' }, 'input.subjectId'));

/**
 * Anyone signed in reports content they can see, once per item. The report that makes the item's open reports reach
 * the platform's threshold hides it until a moderator decides. The item's row is locked while its report is counted,
 * so concurrent reports are counted one after the other and exactly one of them hides it.
 */
export async function reportContent(context: Context, input: ReportContentInput): Promise<ModeratableEntity> {
  const reporter = requireViewer(context);
  const parsed = fromGlobalId(input.subjectId);
  const content = parsed ? await findVisibleContent(context, parsed.typeName, parsed.id) : null;
  const kind = parsed && moderatableRegistration(parsed.typeName);
  if (!parsed || !content || !kind) throw new UserErrorException(userError(UserErrorCode.NOT_FOUND, { key: 'moderation.report.refused.notFound' }, 'input.subjectId'));
  if ((await kind.answerableIds(context.em, content)).includes(reporter.id)) {
    throw new UserErrorException(userError(UserErrorCode.INVALID, { key: 'moderation.report.refused.own' }, 'input.subjectId'));
  }
  const { reason, category } = validateInput(reportSchema, { reason: input.reason, category: input.category });
  const subject = { subjectType: parsed.typeName, subjectId: parsed.id };
  if (await context.em.count(ContentReport, { reporter, ...subject })) throw alreadyReported();
  const { reportId, hidden } = await context.em
    .transactional(async (em) => {
      const locked = (await em.findOne(kind.entity as never, { id: parsed.id } as never, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true })) as ModeratableEntity | null;
      if (!locked) throw new UserErrorException(userError(UserErrorCode.NOT_FOUND, { key: 'moderation.report.refused.notFound' }, 'input.subjectId'));
      const report = em.create(ContentReport, { reporter: reporter.id, ...subject, category, reason });
      await em.flush();
      const { reportThreshold } = await moderationSettings(em);
      const openReports = await em.count(ContentReport, { ...subject, resolvedAt: null });
      const reachesThreshold = !locked.hiddenAt && openReports >= reportThreshold;
      if (reachesThreshold) {
        locked.hiddenAt = new Date();
        em.create(ModerationAction, { moderator: null, ...subject, decision: 'HIDE', automatic: true, reason: '' });
        await em.flush();
      }
      content.hiddenAt = locked.hiddenAt;
      return { reportId: report.id, hidden: reachesThreshold };
    })
    .catch((error: unknown) => {
      if (error instanceof UniqueConstraintViolationException) throw alreadyReported();
      throw error;
    });
  await publish(context, Topic.ContentReported, { reportId });
  if (hidden) {
    await publish(context, Topic.ContentHidden, { ...subject, automatic: true });
    await kind.changed?.(context, parsed.id);
  }
  return content;
}
