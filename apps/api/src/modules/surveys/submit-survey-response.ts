import { createHash } from 'node:crypto';
import { isSurveyOpen, surveyResponseSchema } from '@gotong/domain';
import type { Context } from '../../context.js';
import { publish } from '../../core/events.js';
import { Topic } from '../../core/pubsub.js';
import { UserErrorCode, UserErrorException, userError } from '../../core/user-error.js';
import { validateInput } from '../../core/validation.js';
import { findSurveyInput, lockSurvey, reloadSurvey } from './find-survey.js';
import { SurveyResponse } from './survey-response.entity.js';
import type { Survey } from './survey.entity.js';
import type { SubmitSurveyResponseInput } from './survey.type.js';

/** Stored instead of the browser's key, so the table alone cannot be used to answer as that browser. */
export function browserKeyHash(respondentKey: string): string {
  return createHash('sha256').update(respondentKey).digest('hex');
}

function respondentKeyOf(context: Context, key: string | null | undefined): string | null {
  const trimmed = key?.trim() ?? '';
  if (trimmed === '') {
    if (context.viewer) return null;
    throw new UserErrorException(userError(UserErrorCode.REQUIRED, { key: 'error.respondentKeyRequired' }, 'input.respondentKey'));
  }
  if (trimmed.length < 16 || trimmed.length > 200) throw new UserErrorException(userError(UserErrorCode.INVALID, { key: 'error.respondentKeyLength' }, 'input.respondentKey'));
  return browserKeyHash(trimmed);
}

/**
 * Stores one respondent's answers and adds them to the survey's totals, under the survey's row lock: the totals
 * always equal the sum of the stored responses, and a person (or a browser) who answered is refused a second time.
 * Anyone may answer, with or without an account; the per-address write limit applies to every mutation.
 */
export async function submitSurveyResponse(context: Context, input: SubmitSurveyResponseInput): Promise<Survey> {
  const answer = validateInput(surveyResponseSchema, {
    answers: input.answers,
    suggestion: input.suggestion ?? undefined,
    gender: input.gender ?? undefined,
    ageBand: input.ageBand ?? undefined,
    education: input.education ?? undefined,
    occupation: input.occupation ?? undefined,
  });
  const keyHash = respondentKeyOf(context, input.respondentKey);
  const found = await findSurveyInput(context, input.surveyId, 'input.surveyId');
  const respondentId = context.viewer?.id ?? null;
  await context.em.transactional(async (em) => {
    const survey = await lockSurvey(em, found.id);
    if (!isSurveyOpen(survey, new Date())) throw new UserErrorException(userError(UserErrorCode.CLOSED, { key: 'error.surveyNotOpen' }, 'input.surveyId'));
    const sameRespondent = [...(respondentId ? [{ respondent: respondentId }] : []), ...(keyHash ? [{ browserKeyHash: keyHash }] : [])];
    if ((await em.count(SurveyResponse, { survey: survey.id, $or: sameRespondent })) > 0) {
      throw new UserErrorException(userError(UserErrorCode.ALREADY_DONE, { key: 'error.surveyAlreadyAnswered' }, 'input.surveyId'));
    }
    em.create(SurveyResponse, {
      survey,
      respondent: respondentId,
      browserKeyHash: keyHash,
      answers: answer.answers,
      suggestion: answer.suggestion ?? '',
      gender: answer.gender ?? null,
      ageBand: answer.ageBand ?? null,
      education: answer.education ?? null,
      occupation: answer.occupation ?? null,
    });
    survey.responseCount += 1;
    survey.elementSums = survey.elementSums.map((sum, index) => sum + answer.answers[index]!);
    await em.flush();
  });
  await publish(context, Topic.SurveyResultChanged, { surveyId: found.id });
  return reloadSurvey(context, found.id);
}
