import { calendarDayInZone, endOfDayInZone, instantInZone, surveyElementCodes, timeZoneOr } from '@gotong/domain';
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

/** The hidden field naming the agency's time zone, in which the form's days are read. */
export const surveyTimeZoneField = 'timeZone';

/**
 * The new-survey form as createSurveySchema takes it: whole days in the agency's time zone, from opening to closing
 * (the last second of the closing day). A survey opened today opens now, not at the day's midnight: it must not count
 * as taken before something that happened earlier today (the last pipeline gate asks for a survey opened after
 * implementation started). A day that does not parse stays as typed, for the schema to refuse.
 */
export function createSurveyInput(formData: FormData, now = new Date()) {
  const zone = timeZoneOr(textOf(formData, surveyTimeZoneField));
  const opensOn = textOf(formData, 'opensAt');
  const closesOn = textOf(formData, 'closesAt');
  const closesAt = closesOn ? endOfDayInZone(closesOn, zone) : null;
  return {
    title: textOf(formData, 'title') ?? '',
    period: textOf(formData, 'period') ?? '',
    opensAt: opensOn ? (opensOn === calendarDayInZone(now, zone) ? now.toISOString() : (instantInZone(opensOn, zone)?.toISOString() ?? opensOn)) : undefined,
    closesAt: closesOn ? (closesAt ? new Date(closesAt.getTime() - 1000).toISOString() : closesOn) : undefined,
  };
}
