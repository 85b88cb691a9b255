import { createSurveySchema } from '@gotong/domain';
import type { Context } from '../../context.js';
import { requireViewer } from '../../core/authorization.js';
import { forbidden } from '../../core/errors.js';
import { idOfType } from '../../core/global-id.js';
import { UserErrorCode, UserErrorException, userError } from '../../core/user-error.js';
import { validateInput } from '../../core/validation.js';
import { Service } from '../services/service.entity.js';
import { reloadSurvey } from './find-survey.js';
import { Survey } from './survey.entity.js';
import type { CreateSurveyInput } from './survey.type.js';
import { managesSurveysOf } from './surveys.permissions.js';

/** An agency's officers open a survey of one of its services for a period. */
export async function createSurvey(context: Context, input: CreateSurveyInput): Promise<Survey> {
  const viewer = requireViewer(context);
  const serviceId = idOfType(input.serviceId, 'Service');
  const service = serviceId ? await context.em.findOne(Service, { id: serviceId }, { populate: ['agency'] }) : null;
  if (!service) throw new UserErrorException(userError(UserErrorCode.NOT_FOUND, { key: 'error.noSuchService' }, 'input.serviceId'));
  if (!(await managesSurveysOf(context, service.agency))) throw forbidden("Only the officers of the service's agency run its surveys.");
  const data = validateInput(createSurveySchema, { title: input.title, period: input.period, opensAt: input.opensAt, closesAt: input.closesAt });
  if (data.closesAt <= new Date()) throw new UserErrorException(userError(UserErrorCode.INVALID, { key: 'error.surveyClosesInPast' }, 'input.closesAt'));
  const survey = context.em.create(Survey, { ...data, service, agency: service.agency, createdBy: viewer });
  await context.em.flush();
  return reloadSurvey(context, survey.id);
}
