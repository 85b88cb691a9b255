import { createSurveySchema, minimumSample, updateServiceSchema } from '@gotong/domain';
import { CreateSurveyDocument, ServiceSatisfactionDocument, UpdateServiceDocument } from '@gotong/graphql-client';
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { EmptyState } from '~/components/empty-state';
import { ErrorPage } from '~/components/error-page';
import { Field } from '~/components/field';
import { AppForm } from '~/components/form';
import { Notice } from '~/components/notice';
import { Pagination } from '~/components/pagination';
import { useFormatNumber } from '~/components/surveys/format';
import { IkmChart } from '~/components/surveys/ikm-chart';
import { createSurveyInput, surveyTimeZoneField } from '~/components/surveys/survey-input';
import { zoneAbbreviation } from '~/lib/dates';
import { SurveyStatus } from '~/components/surveys/survey-status';
import { verifiedFormData } from '~/lib/csrf.server';
import { fromUserErrors, textOf, validate } from '~/lib/forms';
import { failure } from '~/lib/forms.server';
import { graphql, notFound } from '~/lib/graphql.server';
import { useFormatDate, useT, withElements } from '~/lib/i18n';
import { localeOf } from '~/lib/i18n.server';
import { withNotice } from '~/lib/notice';
import { pageMeta } from '~/lib/meta';

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageMeta(matches, data ? { key: 'meta.service', values: { name: data.service.name } } : 'meta.notFound');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const after = new URL(request.url).searchParams.get('setelah');
  const { service } = await graphql({ request, context }, ServiceSatisfactionDocument, { slug: params.slug ?? '', first: 20, after, locale: localeOf(request, null) });
  if (!service) throw notFound();
  return { service };
}

/** What the edit form sends: an empty population clears it; text that is not a number stays text for the schema to refuse. */
function updateServiceInput(formData: FormData) {
  const population = textOf(formData, 'population');
  return {
    name: textOf(formData, 'name') ?? '',
    description: textOf(formData, 'description') ?? '',
    population: population === undefined ? null : /^\d+$/.test(population.replace(/[.\s]/g, '')) ? Number(population.replace(/[.\s]/g, '')) : population,
  };
}

/** The agency's officers change the service; then the page shows it again. */
async function updateServiceAction({ request, context, params }: ActionFunctionArgs, formData: FormData) {
  const intent = 'update';
  const parsed = validate(updateServiceSchema, updateServiceInput(formData));
  if (!parsed.data) return failure(formData, { intent, fieldErrors: parsed.fieldErrors });
  const { service } = await graphql({ request, context }, ServiceSatisfactionDocument, { slug: params.slug ?? '', first: 0 });
  if (!service) throw notFound();
  const { updateService } = await graphql({ request, context }, UpdateServiceDocument, { input: { serviceId: service.id, ...parsed.data } });
  if (!updateService.service) return failure(formData, fromUserErrors(updateService.errors, intent));
  return redirect(withNotice(`/layanan/${encodeURIComponent(service.slug)}`, 'services.edit.done'));
}

/** An officer of the service's agency opens a survey, then lands on it; or changes the service. */
export async function action(args: ActionFunctionArgs) {
  const { request, context, params } = args;
  const formData = await verifiedFormData(request);
  if (formData.get('intent') === 'update') return updateServiceAction(args, formData);
  const intent = 'create';
  const parsed = validate(createSurveySchema, createSurveyInput(formData));
  if (!parsed.data) return failure(formData, { intent, fieldErrors: parsed.fieldErrors });
  const { service } = await graphql({ request, context }, ServiceSatisfactionDocument, { slug: params.slug ?? '', first: 0 });
  if (!service) throw notFound();
  const { createSurvey } = await graphql({ request, context }, CreateSurveyDocument, {
    input: { serviceId: service.id, title: parsed.data.title, period: parsed.data.period, opensAt: parsed.data.opensAt.toISOString(), closesAt: parsed.data.closesAt.toISOString() },
  });
  if (!createSurvey.survey) return failure(formData, fromUserErrors(createSurvey.errors, intent));
  return redirect(withNotice(`/survei/${encodeURIComponent(createSurvey.survey.id)}`, 'services.page.created'));
}

export default function ServicePage() {
  const t = useT();
  const formatDate = useFormatDate();
  const formatNumber = useFormatNumber();
  const { service } = useLoaderData<typeof loader>();
  const history = service.satisfaction.filter((survey) => survey.results.ikm !== null && survey.results.ikm !== undefined);
  return (
    <>
      <header className="page-heading">
        <div>
          <p className="eyebrow">{withElements(t('services.page.agency'), { agency: <Link to={`/organisasi/${service.agency.slug}`}>{service.agency.name}</Link> })}</p>
          <h1>{service.name}</h1>
          {service.description ? <p className="lead">{service.description}</p> : null}
          <p className="meta">
            {service.population ? t('services.page.population', { population: formatNumber(service.population, 0), minimum: minimumSample(service.population) }) : t('services.page.noPopulation')}
          </p>
        </div>
      </header>
      <Notice />

      <section aria-labelledby="ikm-history" className="section">
        <h2 id="ikm-history">{t('services.page.history')}</h2>
        {history.length > 0 ? (
          <>
            <IkmChart points={history.map((survey) => ({ id: survey.id, period: survey.period, ikm: survey.results.ikm! }))} />
            <table className="table">
              <caption className="visually-hidden">{t('services.page.history')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('services.page.period')}</th>
                  <th scope="col">{t('services.page.closedOn')}</th>
                  <th scope="col">{t('surveys.results.responses')}</th>
                  <th scope="col">{t('services.page.ikm')}</th>
                  <th scope="col">{t('surveys.results.grade')}</th>
                  <th scope="col">{t('surveys.results.performance')}</th>
                </tr>
              </thead>
              <tbody>
                {history.map((survey) => (
                  <tr key={survey.id}>
                    <th scope="row">
                      <Link to={`/survei/${encodeURIComponent(survey.id)}`}>{survey.period}</Link>
                    </th>
                    <td>{formatDate(survey.closesAt, service.agency.timeZone)}</td>
                    <td>
                      {survey.results.minimumSample ? t('surveys.results.responsesOfMinimum', { count: survey.results.responseCount, minimum: survey.results.minimumSample }) : survey.results.responseCount}
                    </td>
                    <td>{formatNumber(survey.results.ikm!, 2)}</td>
                    <td>{survey.results.grade}</td>
                    <td>{survey.results.performance}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        ) : (
          <EmptyState>{t('services.page.historyEmpty')}</EmptyState>
        )}
      </section>

      <section aria-labelledby="service-surveys" className="section">
        <h2 id="service-surveys">{t('services.page.surveys')}</h2>
        {service.surveys.edges.length > 0 ? (
          <ul className="card-list">
            {service.surveys.edges.map(({ node }) => (
              <li key={node.id} className="card">
                <h3 className="card-title">
                  <Link to={`/survei/${encodeURIComponent(node.id)}`}>{`${node.title} · ${node.period}`}</Link>
                </h3>
                <p className="meta">
                  <SurveyStatus survey={node} /> · {t('surveys.responses', { count: node.results.responseCount })}
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState>{t('services.page.noSurveys')}</EmptyState>
        )}
        <Pagination pageInfo={service.surveys.pageInfo} totalCount={service.surveys.totalCount} />
      </section>

      {service.viewerCanUpdate ? (
        <details className="section panel">
          <summary>{t('services.edit.title')}</summary>
          <AppForm intent="update" schema={updateServiceSchema} toInput={updateServiceInput}>
            <Field name="name" label={t('services.name')} defaultValue={service.name} />
            <Field name="description" label={t('services.description')} optional defaultValue={service.description}>
              {(control) => <textarea {...control} rows={4} />}
            </Field>
            <Field name="population" label={t('services.population')} hint={t('services.edit.hint')} optional inputMode="numeric" defaultValue={service.population?.toString() ?? ''} />
            <button type="submit" className="button">
              {t('services.edit.submit')}
            </button>
          </AppForm>
        </details>
      ) : null}

      {service.viewerCanRunSurveys ? (
        <section aria-labelledby="create-survey" className="section panel">
          <h2 id="create-survey">{t('services.page.create')}</h2>
          <AppForm intent="create" schema={createSurveySchema} toInput={createSurveyInput}>
            <input type="hidden" name={surveyTimeZoneField} value={service.agency.timeZone} />
            <Field name="title" label={t('services.page.createTitle')} defaultValue={`Survei Kepuasan Masyarakat ${service.name}`} />
            <Field name="period" label={t('services.page.createPeriod')} hint={t('services.page.createPeriodHint')} />
            <Field name="opensAt" label={t('services.page.createOpensOn')} hint={t('services.page.createZoneHint', { zone: zoneAbbreviation(service.agency.timeZone) })} type="date" />
            <Field name="closesAt" label={t('services.page.createClosesOn')} type="date" />
            <button type="submit" className="button">
              {t('services.page.createSubmit')}
            </button>
          </AppForm>
        </section>
      ) : null}
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
