import { surveyFollowUpPlanSchema } from '@gotong/domain';
import { RecordSurveyFollowUpPlanDocument, SurveyReportDocument, SurveyReportSuggestionsDocument } from '@gotong/graphql-client';
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { ErrorPage } from '~/components/error-page';
import { AppForm } from '~/components/form';
import { Field } from '~/components/field';
import { Notice } from '~/components/notice';
import { Pagination } from '~/components/pagination';
import { PrintButton, ReportSignature } from '~/components/reports/print';
import { ProfileTables } from '~/components/reports/profile-tables';
import { useFormatNumber } from '~/components/surveys/format';
import { verifiedFormData } from '~/lib/csrf.server';
import { fromUserErrors, textOf, validate } from '~/lib/forms';
import { failure } from '~/lib/forms.server';
import { graphql, notFound } from '~/lib/graphql.server';
import { useFormatDate, useT, type Message } from '~/lib/i18n';
import { localeOf } from '~/lib/i18n.server';
import { pageMeta } from '~/lib/meta';
import { withNotice } from '~/lib/notice';

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageMeta(matches, ...reportMeta(data?.survey));

type ReportedSurvey = { title: string; period: string; service: { name: string }; agency: { name: string } };

function reportMeta(survey: ReportedSurvey | undefined): [Message, Message?] {
  if (!survey) return ['meta.notFound'];
  const description = { service: survey.service.name, agency: survey.agency.name, period: survey.period };
  return [{ key: 'meta.surveyReport', values: { title: survey.title } }, { key: 'meta.surveyReport.description', values: description }];
}

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const id = params.id ?? '';
  const locale = localeOf(request, null);
  const after = new URL(request.url).searchParams.get('setelah');
  const { survey } = await graphql({ request, context }, SurveyReportDocument, { id, locale });
  if (!survey) throw notFound();
  const suggestions = survey.report ? ((await graphql({ request, context }, SurveyReportSuggestionsDocument, { id, after })).survey?.suggestions ?? null) : null;
  return { survey, suggestions, generatedAt: new Date().toISOString() };
}

const planInput = (formData: FormData) => ({ plan: textOf(formData, 'plan') ?? '' });

export async function action({ request, context, params }: ActionFunctionArgs) {
  const formData = await verifiedFormData(request);
  const surveyId = params.id ?? '';
  if (textOf(formData, 'intent') !== 'followUp') throw new Response('Unknown action', { status: 400 });
  const parsed = validate(surveyFollowUpPlanSchema, planInput(formData));
  if (!parsed.data) return failure(formData, { intent: 'followUp', fieldErrors: parsed.fieldErrors });
  const { recordSurveyFollowUpPlan } = await graphql({ request, context }, RecordSurveyFollowUpPlanDocument, { input: { surveyId, plan: parsed.data.plan } });
  if (recordSurveyFollowUpPlan.errors.length > 0) return failure(formData, fromUserErrors(recordSurveyFollowUpPlan.errors, 'followUp'));
  return redirect(withNotice(`/survei/${encodeURIComponent(surveyId)}/laporan`, 'reports.followUp.saved'));
}

export default function SurveyReportPage() {
  const t = useT();
  const formatDate = useFormatDate();
  const formatNumber = useFormatNumber();
  const { survey, suggestions, generatedAt } = useLoaderData<typeof loader>();
  const zone = survey.agency.timeZone;
  const report = survey.report;
  const results = report?.results;
  const population = survey.service.population;
  return (
    <article className="report" aria-labelledby="report-title">
      <header className="page-heading">
        <div>
          <p className="eyebrow no-print">
            <Link to={`/survei/${encodeURIComponent(survey.id)}`}>{t('reports.back')}</Link>
          </p>
          <h1 id="report-title">{t('reports.title')}</h1>
          <p className="report-subtitle">{survey.title}</p>
          <p className="meta">{t('reports.basis')}</p>
        </div>
        {report ? <PrintButton label={t('reports.print')} /> : null}
      </header>
      <Notice />
      <dl className="report-facts">
        <div>
          <dt>{t('reports.unit')}</dt>
          <dd>{survey.agency.name}</dd>
        </div>
        <div>
          <dt>{t('reports.service')}</dt>
          <dd>{survey.service.name}</dd>
        </div>
        <div>
          <dt>{t('reports.period')}</dt>
          <dd>{survey.period}</dd>
        </div>
        <div>
          <dt>{t('reports.dates')}</dt>
          <dd>{t('surveys.opensToCloses', { opens: formatDate(survey.opensAt, zone), closes: formatDate(survey.closesAt, zone) })}</dd>
        </div>
        <div>
          <dt>{t('reports.population')}</dt>
          <dd>{population ? formatNumber(population, 0) : t('reports.populationUnknown')}</dd>
        </div>
      </dl>

      {!report || !results ? (
        <p className="callout">{t('reports.notYet', { date: formatDate(survey.closesAt, zone) })}</p>
      ) : (
        <>
          <section aria-labelledby="report-sample" className="section">
            <h2 id="report-sample">{t('reports.sample.title')}</h2>
            <p data-testid="report-sample">
              {results.minimumSample !== null && population
                ? t('reports.sample.text', { count: results.responseCount, minimum: formatNumber(results.minimumSample, 0), population: formatNumber(population, 0) })
                : t('reports.sample.noPopulation', { count: results.responseCount })}
            </p>
            {results.sufficient === false ? (
              <p className="callout" role="note">
                {t('surveys.results.insufficient', { minimum: results.minimumSample ?? 0 })}
              </p>
            ) : results.sufficient ? (
              <p>{t('reports.sample.sufficient')}</p>
            ) : null}
          </section>

          <section aria-labelledby="report-elements" className="section">
            <h2 id="report-elements">{t('reports.elements.title')}</h2>
            {results.elements.length > 0 ? (
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{t('surveys.results.code')}</th>
                    <th scope="col">{t('surveys.results.element')}</th>
                    <th scope="col">{t('surveys.results.nrr')}</th>
                    <th scope="col">{t('surveys.results.weightedNrr')}</th>
                    <th scope="col">{t('reports.elements.score')}</th>
                    <th scope="col">{t('reports.elements.grade')}</th>
                  </tr>
                </thead>
                <tbody>
                  {results.elements.map((element) => (
                    <tr key={element.code}>
                      <th scope="row">{element.code}</th>
                      <td data-label={t('surveys.results.element')}>{element.label}</td>
                      <td data-label={t('surveys.results.nrr')}>{formatNumber(element.nrr, 4)}</td>
                      <td data-label={t('surveys.results.weightedNrr')}>{formatNumber(element.weightedNrr, 4)}</td>
                      <td data-label={t('reports.elements.score')}>{formatNumber(element.score, 2)}</td>
                      <td data-label={t('reports.elements.grade')}>{element.grade}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <p>{t('surveys.results.none')}</p>
            )}
          </section>

          <section aria-labelledby="report-summary" className="section">
            <h2 id="report-summary">{t('reports.summary.title')}</h2>
            {results.ikm !== null && results.index !== null ? (
              <dl className="report-facts report-index" data-testid="report-index">
                <div>
                  <dt>{t('reports.summary.index')}</dt>
                  <dd>{formatNumber(results.index, 4)}</dd>
                </div>
                <div>
                  <dt>{t('reports.summary.ikm')}</dt>
                  <dd className="survey-ikm">{formatNumber(results.ikm, 2)}</dd>
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
              </dl>
            ) : (
              <p>{t('reports.summary.none')}</p>
            )}
            <p className="meta">{t('surveys.results.method')}</p>
          </section>

          <section aria-labelledby="report-profile" className="section">
            <h2 id="report-profile">{t('reports.profile.title')}</h2>
            <ProfileTables tables={report.profile} />
          </section>

          <section aria-labelledby="report-suggestions" className="section">
            <h2 id="report-suggestions">{t('reports.suggestions.title')}</h2>
            <p className="meta">{t('reports.suggestions.note')}</p>
            {suggestions && suggestions.edges.length > 0 ? (
              <>
                <ol className="report-suggestions">
                  {suggestions.edges.map(({ node }, index) => (
                    <li key={`${node.createdAt}-${index}`}>{node.text}</li>
                  ))}
                </ol>
                {suggestions.pageInfo.hasNextPage ? <p className="print-only">{t('reports.suggestions.more', { count: suggestions.totalCount - suggestions.edges.length })}</p> : null}
                <div className="no-print">
                  <Pagination pageInfo={suggestions.pageInfo} totalCount={suggestions.totalCount} />
                </div>
              </>
            ) : (
              <p>{t('reports.suggestions.none')}</p>
            )}
          </section>

          <section aria-labelledby="report-follow-up" className="section">
            <h2 id="report-follow-up">{t('reports.followUp.title')}</h2>
            {report.followUpPlan ? (
              <>
                <p className="prose report-plan">{report.followUpPlan}</p>
                {report.followUpPlanRecordedAt ? <p className="meta">{t('reports.followUp.recordedAt', { date: formatDate(report.followUpPlanRecordedAt, zone) })}</p> : null}
              </>
            ) : (
              <p>{t('reports.followUp.none')}</p>
            )}
            {report.viewerCanRecordFollowUpPlan ? (
              <AppForm intent="followUp" schema={surveyFollowUpPlanSchema} toInput={planInput} className="no-print">
                <Field name="plan" label={t('reports.followUp.field')} hint={t('reports.followUp.hint')} defaultValue={report.followUpPlan}>
                  {(control) => <textarea {...control} rows={8} />}
                </Field>
                <button type="submit" className="button">
                  {t('reports.followUp.save')}
                </button>
              </AppForm>
            ) : null}
          </section>

          <section aria-labelledby="report-download" className="section no-print">
            <h2 id="report-download">{t('reports.download.title')}</h2>
            <p>
              <a href={report.responsesCsvPath} download>
                {t('reports.download.csv')}
              </a>
            </p>
            <p className="meta">{t('reports.download.note')}</p>
          </section>

          <ReportSignature agency={survey.agency.name} />
          <p className="meta print-only">{t('reports.generatedAt', { date: formatDate(generatedAt, zone) })}</p>
        </>
      )}
    </article>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
