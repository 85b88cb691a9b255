import { surveyElementCodes } from '@gotong/domain';
import { textOf } from '~/lib/forms';

export const profileFields = ['gender', 'ageBand', 'education', 'occupation'] as const;

/** The answer form as surveyResponseSchema takes it: radio groups `answers.0`..`answers.8`, optional profile. */
export function surveyResponseInput(formData: FormData) {
  const answers = surveyElementCodes.map((_, index) => {
    const value = textOf(formData, `answers.${index}`);
    return value === undefined ? undefined : Number(value);
  });
  const profile = Object.fromEntries(profileFields.map((name) => [name, textOf(formData, name)]));
  return { answers, suggestion: textOf(formData, 'suggestion'), ...profile };
}

/** The new-survey form as createSurveySchema takes it: whole days in Indonesia's western time, from opening to closing. */
export function createSurveyInput(formData: FormData) {
  const opensOn = textOf(formData, 'opensAt');
  const closesOn = textOf(formData, 'closesAt');
  return {
    title: textOf(formData, 'title') ?? '',
    period: textOf(formData, 'period') ?? '',
    opensAt: opensOn ? `${opensOn}T00:00:00+07:00` : undefined,
    closesAt: closesOn ? `${closesOn}T23:59:59+07:00` : undefined,
  };
}
