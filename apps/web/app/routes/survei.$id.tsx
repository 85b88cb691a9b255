import { surveyResponseSchema } from '@gotong/domain';
import { CloseSurveyDocument, SubmitSurveyResponseDocument, SurveyDocument, SurveyResultChangedDocument, SurveySuggestionsDocument } from '@gotong/graphql-client';
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useActionData, useLoaderData } from '@remix-run/react';
import { ErrorPage } from '~/components/error-page';
import { ButtonForm } from '~/components/form';
import { Notice } from '~/components/notice';
import { SurveyAnswerForm } from '~/components/surveys/answer-form';
import { ensureRespondentKey, respondentKeyOf } from '~/components/surveys/respondent-key.server';
import { surveyResponseInput } from '~/components/surveys/survey-input';
import { SurveyResults } from '~/components/surveys/survey-results';
import { SurveyStatus } from '~/components/surveys/survey-status';
import { verifiedFormData } from '~/lib/csrf.server';
import { fromUserErrors, textOf, validate, type UserErrorLike } from '~/lib/forms';
import { failure } from '~/lib/forms.server';
import { graphql, notFound } from '~/lib/graphql.server';
import { useFormatDate, useLocale, useT, type MessageKey } from '~/lib/i18n';
import { localeOf } from '~/lib/i18n.server';
import { withNotice } from '~/lib/notice';
import { useLiveEvents, useLiveState } from '~/lib/use-live';
import { pageMeta } from '~/lib/meta';

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageMeta(matches, data ? { key: 'meta.survey', values: { title: data.survey.title } } : 'meta.notFound');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const id = params.id ?? '';
  const { survey } = await graphql({ request, context }, SurveyDocument, { id, respondentKey: respondentKeyOf(request), locale: localeOf(request, null) });
  if (!survey) throw notFound();
  const suggestions = survey.viewerCanManage ? (await graphql({ request, context }, SurveySuggestionsDocument, { id, first: 20 })).survey?.suggestions ?? null : null;
  return { survey, suggestions };
}

/** A refusal about the survey itself (answered already, not open) says so in words, above the form. */
const surveyRefusals: Record<string, MessageKey> = { ALREADY_DONE: 'surveys.form.alreadyAnswered', CLOSED: 'surveys.form.notOpen' };

function answerFailure(errors: readonly UserErrorLike[]) {
  const refusal = errors.find((error) => error.field === 'input.surveyId' && surveyRefusals[error.code]);
  const result = fromUserErrors(errors.filter((error) => error !== refusal), 'answer');
  return refusal ? { ...result, formError: surveyRefusals[refusal.code] } : result;
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const formData = await verifiedFormData(request);
  const surveyId = params.id ?? '';
  const here = `/survei/${encodeURIComponent(surveyId)}`;
  const intent = textOf(formData, 'intent');
  if (intent === 'close') {
    const { closeSurvey } = await graphql({ request, context }, CloseSurveyDocument, { input: { surveyId } });
    return redirect(withNotice(here, closeSurvey.errors.length > 0 ? 'surveys.form.notOpen' : 'surveys.manage.closed'));
  }
  if (intent !== 'answer') throw new Response('Unknown action', { status: 400 });
  const parsed = validate(surveyResponseSchema, surveyResponseInput(formData));
  if (!parsed.data) return failure(formData, { intent, fieldErrors: parsed.fieldErrors });
  const { key, setCookieHeader } = ensureRespondentKey(request, context);
  const { submitSurveyResponse } = await graphql({ request, context }, SubmitSurveyResponseDocument, { input: { surveyId, respondentKey: key, ...parsed.data } });
  if (submitSurveyResponse.errors.length > 0) return failure(formData, answerFailure(submitSurveyResponse.errors));
  return redirect(withNotice(here, 'surveys.thanks'), setCookieHeader ? { headers: { 'Set-Cookie': setCookieHeader } } : undefined);
}

export default function SurveyPage() {
  const t = useT();
  const formatDate = useFormatDate();
  const locale = useLocale();
  const [{ survey, suggestions }, applyLive] = useLiveState(useLoaderData<typeof loader>());
  const refused = useActionData<typeof action>();
  useLiveEvents(SurveyResultChangedDocument, { id: survey.id, locale }, ({ surveyResultChanged }) =>
    applyLive((page) => ({ ...page, survey: { ...page.survey, ...surveyResultChanged } })),
  );
  // After a refused answer the form stays, with the reason above it (even when the refusal is "answered already").
  const showsForm = survey.open && (!survey.viewerHasResponded || refused !== undefined);
  return (
    <>
      <header className="page-heading">
        <div>
          <p className="eyebrow">
            <Link to={`/layanan/${survey.service.slug}`}>{survey.service.name}</Link> · {survey.agency.name}
          </p>
          <h1>{survey.title}</h1>
          <p className="meta">
            {t('surveys.period', { period: survey.period })} · <SurveyStatus survey={survey} />
          </p>
          {survey.closed || survey.viewerCanManage ? (
            <p>
              <Link to={`/survei/${encodeURIComponent(survey.id)}/laporan`}>{t('reports.link')}</Link>
            </p>
          ) : null}
        </div>
      </header>
      <Notice />

      {showsForm ? (
        <section aria-labelledby="survey-form-title" className="section">
          <h2 id="survey-form-title">{t('surveys.form.title')}</h2>
          <SurveyAnswerForm />
        </section>
      ) : (
        <p className="callout">{survey.viewerHasResponded ? t('surveys.answered') : t('surveys.form.notOpen')}</p>
      )}

      <section aria-labelledby="survey-results-title" className="section panel">
        <h2 id="survey-results-title">{t('surveys.results.title')}</h2>
        {survey.open ? <p className="meta">{t('surveys.results.live')}</p> : null}
        <SurveyResults results={survey.results} />
      </section>

      {survey.viewerCanManage ? (
        <section aria-labelledby="survey-manage-title" className="section">
          <h2 id="survey-manage-title">{t('surveys.manage.title')}</h2>
          {!survey.closed ? (
            <ButtonForm intent="close" className="button button-danger">
              {t('surveys.manage.close')}
            </ButtonForm>
          ) : null}
          <h3>{t('surveys.manage.suggestions')}</h3>
          {suggestions && suggestions.edges.length > 0 ? (
            <ul className="card-list">
              {suggestions.edges.map(({ node }, index) => (
                <li key={`${node.createdAt}-${index}`} className="card">
                  <p className="prose">{node.text}</p>
                  <p className="meta">{formatDate(node.createdAt)}</p>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('surveys.manage.noSuggestions')}</p>
          )}
        </section>
      ) : null}
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
