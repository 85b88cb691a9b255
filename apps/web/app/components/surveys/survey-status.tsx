import type { SurveyCardFragment } from '@gotong/graphql-client';
import { useFormatDateTime } from '~/lib/dates';
import { useT } from '~/lib/i18n';

/** Open, closed or not yet open, and the times that go with it, in the agency's time zone (WIB, WITA or WIT). */
export function SurveyStatus({ survey }: { survey: Pick<SurveyCardFragment, 'open' | 'closed' | 'opensAt' | 'closesAt'> & { agency: { timeZone: string } } }) {
  const t = useT();
  const formatDateTime = useFormatDateTime();
  const formatDate = (iso: string) => formatDateTime(iso, survey.agency.timeZone);
  const status = survey.open ? 'open' : survey.closed ? 'closed' : 'upcoming';
  const when = survey.open
    ? t('surveys.closesOn', { date: formatDate(survey.closesAt) })
    : survey.closed
      ? t('surveys.opensToCloses', { opens: formatDate(survey.opensAt), closes: formatDate(survey.closesAt) })
      : t('surveys.notYetOpen', { date: formatDate(survey.opensAt) });
  return (
    <>
      <span className={`badge survey-status-${status}`}>{t(`surveys.status.${status}`)}</span> {when}
    </>
  );
}
