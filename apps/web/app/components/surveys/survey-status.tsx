import type { SurveyCardFragment } from '@gotong/graphql-client';
import { useFormatDate, useT } from '~/lib/i18n';

/** Open, closed or not yet open, and the dates that go with it. */
export function SurveyStatus({ survey }: { survey: Pick<SurveyCardFragment, 'open' | 'closed' | 'opensAt' | 'closesAt'> }) {
  const t = useT();
  const formatDate = useFormatDate();
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
