import { isSurveyOpen } from '@gotong/domain';
import type { Context } from '../../context.js';
import { requireViewer } from '../../core/authorization.js';
import { forbidden } from '../../core/errors.js';
import { publish } from '../../core/events.js';
import { Topic } from '../../core/pubsub.js';
import { User } from '../accounts/user.entity.js';
import { UserErrorCode, UserErrorException, userError } from '../../core/user-error.js';
import { findSurveyInput, lockSurvey, reloadSurvey } from './find-survey.js';
import type { Survey } from './survey.entity.js';
import { managesSurveysOf } from './surveys.permissions.js';

/** Closes a survey before its closing time; a survey that has not opened yet closes without ever opening. */
export async function closeSurvey(context: Context, surveyGlobalId: string): Promise<Survey> {
  const viewer = requireViewer(context);
  const found = await findSurveyInput(context, surveyGlobalId, 'input.surveyId');
  if (!(await managesSurveysOf(context, found.agency))) throw forbidden("Only the officers of the service's agency close its surveys.");
  await context.em.transactional(async (em) => {
    const survey = await lockSurvey(em, found.id);
    const now = new Date();
    if (survey.closesAt <= now) throw new UserErrorException(userError(UserErrorCode.CLOSED, { key: 'error.surveyAlreadyClosed' }, 'input.surveyId'));
    if (!isSurveyOpen(survey, now)) survey.opensAt = now;
    survey.closesAt = now;
    survey.closedEarlyBy = em.getReference(User, viewer.id);
    await em.flush();
  });
  await publish(context, Topic.SurveyResultChanged, { surveyId: found.id });
  return reloadSurvey(context, found.id);
}
