import type { SurveysQuery } from '@gotong/graphql-client';
import { Link } from '@remix-run/react';
import { useT } from '~/lib/i18n';
import { useFormatNumber } from './format';
import { SurveyStatus } from './survey-status';

type SurveyNode = SurveysQuery['surveys']['edges'][number]['node'];

/** Surveys as cards: the service, the period, the status and (once answered) the IKM so far. */
export function SurveyList({ surveys }: { surveys: SurveyNode[] }) {
  const t = useT();
  const formatNumber = useFormatNumber();
  return (
    <ul className="card-list">
      {surveys.map((survey) => (
        <li key={survey.id} className="card">
          <h3 className="card-title">
            <Link to={`/survei/${encodeURIComponent(survey.id)}`}>{survey.title}</Link>
          </h3>
          <p className="meta">
            <Link to={`/layanan/${survey.service.slug}`}>{survey.service.name}</Link> · {survey.agency.name} · {t('surveys.period', { period: survey.period })}
          </p>
          <p className="meta">
            <SurveyStatus survey={survey} /> · {t('surveys.responses', { count: survey.results.responseCount })}
            {survey.results.ikm !== null && survey.results.ikm !== undefined ? ` · ${t('surveys.ikmShort', { ikm: formatNumber(survey.results.ikm, 2), grade: survey.results.grade ?? '' })}` : ''}
          </p>
          <p>
            <Link to={`/survei/${encodeURIComponent(survey.id)}`}>{survey.open ? t('surveys.answerLink') : t('surveys.resultsLink')}</Link>
          </p>
        </li>
      ))}
    </ul>
  );
}
