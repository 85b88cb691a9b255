import { surveyFollowUpPlanSchema } from '@gotong/domain';
import type { Context } from '../../context.js';
import { requireViewer } from '../../core/authorization.js';
import { validateInput } from '../../core/validation.js';
import { User } from '../accounts/user.entity.js';
import { findSurveyInput, lockSurvey, reloadSurvey } from './find-survey.js';
import type { Survey } from './survey.entity.js';
import type { RecordSurveyFollowUpPlanInput } from './survey-report.type.js';
import { authorize } from './surveys.permissions.js';

/**
 * The agency's officers record (or revise) the follow-up plan of a closed survey; it is part of the public report.
 * A closed survey never reopens, so the check before the lock stands; the lock orders two officers' saves.
 */
export async function recordSurveyFollowUpPlan(context: Context, input: RecordSurveyFollowUpPlanInput): Promise<Survey> {
  const viewer = requireViewer(context);
  const found = await findSurveyInput(context, input.surveyId, 'input.surveyId');
  const refusal = await authorize(context, 'recordFollowUpPlan', found);
  if (refusal) throw refusal;
  const { plan } = validateInput(surveyFollowUpPlanSchema, { plan: input.plan });
  await context.em.transactional(async (em) => {
    const survey = await lockSurvey(em, found.id);
    survey.followUpPlan = plan;
    survey.followUpPlanRecordedAt = new Date();
    survey.followUpPlanRecordedBy = em.getReference(User, viewer.id);
    await em.flush();
  });
  return reloadSurvey(context, found.id);
}
