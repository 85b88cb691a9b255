import { reportReason } from '@gotong/domain';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { z } from 'zod';
import type { Context } from '../../context.js';
import { requireViewer } from '../../core/authorization.js';
import { fromGlobalId } from '../../core/global-id.js';
import { UserErrorCode, UserErrorException, userError } from '../../core/user-error.js';
import { validateInput } from '../../core/validation.js';
import { findVisibleContent, type ModeratableEntity } from './moderatable-content.js';
import { ContentReport } from './report.entity.js';
import type { ReportContentInput } from './moderation.type.js';

const reasonSchema = z.object({ reason: reportReason });
const alreadyReported = () => new UserErrorException(userError(UserErrorCode.ALREADY_DONE, 'You have already reported this.', 'input.subjectId'));

/** Anyone signed in reports content they can see, once per item, for the moderators' queue. */
export async function reportContent(context: Context, input: ReportContentInput): Promise<ModeratableEntity> {
  const reporter = requireViewer(context);
  const parsed = fromGlobalId(input.subjectId);
  const content = parsed ? await findVisibleContent(context, parsed.typeName, parsed.id) : null;
  if (!parsed || !content) throw new UserErrorException(userError(UserErrorCode.NOT_FOUND, 'Nothing to report here.', 'input.subjectId'));
  if (content.author.id === reporter.id) throw new UserErrorException(userError(UserErrorCode.INVALID, 'You cannot report your own content.', 'input.subjectId'));
  const { reason } = validateInput(reasonSchema, { reason: input.reason });
  const { em } = context;
  if (await em.count(ContentReport, { reporter, subjectType: parsed.typeName, subjectId: parsed.id })) throw alreadyReported();
  em.create(ContentReport, { reporter, subjectType: parsed.typeName, subjectId: parsed.id, reason });
  try {
    await em.flush();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw alreadyReported();
    throw error;
  }
  return content;
}
