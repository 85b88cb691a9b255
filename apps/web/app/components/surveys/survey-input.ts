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

const dayInJakarta = (at: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);

/**
 * The new-survey form as createSurveySchema takes it: whole days in Indonesia's western time, from opening to closing.
 * A survey opened today opens now, not at the day's midnight: it must not count as taken before something that
 * happened earlier today (the last pipeline gate asks for a survey opened after implementation started).
 */
export function createSurveyInput(formData: FormData) {
  const opensOn = textOf(formData, 'opensAt');
  const closesOn = textOf(formData, 'closesAt');
  const now = new Date();
  return {
    title: textOf(formData, 'title') ?? '',
    period: textOf(formData, 'period') ?? '',
    opensAt: opensOn ? (opensOn === dayInJakarta(now) ? now.toISOString() : `${opensOn}T00:00:00+07:00`) : undefined,
    closesAt: closesOn ? `${closesOn}T23:59:59+07:00` : undefined,
  };
}
