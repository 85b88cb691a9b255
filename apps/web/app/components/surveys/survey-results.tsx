import type { SurveyResultsFieldsFragment } from '@gotong/graphql-client';
import { useT } from '~/lib/i18n';
import { useFormatNumber } from './format';

/** Per element and overall, with the responses against the minimum sample and a warning while they fall short. */
export function SurveyResults({ results }: { results: SurveyResultsFieldsFragment }) {
  const t = useT();
  const formatNumber = useFormatNumber();
  const responses =
    results.minimumSample === null || results.minimumSample === undefined
      ? t('surveys.results.noPopulation', { count: results.responseCount })
      : t('surveys.results.responsesOfMinimum', { count: results.responseCount, minimum: results.minimumSample });
  return (
    <>
      <dl className="survey-summary">
        <div>
          <dt>{t('surveys.results.responses')}</dt>
          <dd aria-live="polite" data-testid="survey-responses">
            {responses}
          </dd>
        </div>
        {results.ikm !== null && results.ikm !== undefined ? (
          <>
            <div>
              <dt>{t('surveys.results.ikm')}</dt>
              <dd className="survey-ikm" aria-live="polite">
                {formatNumber(results.ikm, 2)}
              </dd>
            </div>
            <div>
              <dt>{t('surveys.results.grade')}</dt>
              <dd>
                <span className={`grade grade-${results.grade}`}>{results.grade}</span>
              </dd>
            </div>
            <div>
              <dt>{t('surveys.results.performance')}</dt>
              <dd>{results.performance}</dd>
            </div>
            <div>
              <dt>{t('surveys.results.index')}</dt>
              <dd>{formatNumber(results.index ?? 0, 4)}</dd>
            </div>
          </>
        ) : null}
      </dl>
      {results.sufficient === false ? (
        <p className="callout" role="note">
          {t('surveys.results.insufficient', { minimum: results.minimumSample ?? 0 })}
        </p>
      ) : null}
      {results.elements.length > 0 ? (
        <table className="table">
          <caption>{t('surveys.results.elements')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('surveys.results.code')}</th>
              <th scope="col">{t('surveys.results.element')}</th>
              <th scope="col">{t('surveys.results.nrr')}</th>
              <th scope="col">{t('surveys.results.weightedNrr')}</th>
            </tr>
          </thead>
          <tbody>
            {results.elements.map((element) => (
              <tr key={element.code}>
                <th scope="row">{element.code}</th>
                <td data-label={t('surveys.results.element')}>{element.label}</td>
                <td data-label={t('surveys.results.nrr')}>{formatNumber(element.nrr, 2)}</td>
                <td data-label={t('surveys.results.weightedNrr')}>{formatNumber(element.weightedNrr, 3)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t('surveys.results.none')}</p>
      )}
      <p className="meta">{t('surveys.results.method')}</p>
    </>
  );
}
