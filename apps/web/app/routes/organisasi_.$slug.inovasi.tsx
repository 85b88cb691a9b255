import { createInnovationSchema } from '@gotong/domain';
import { CreateInnovationDocument, PipelineAgencyDocument, PipelineChangedDocument, PipelineDocument } from '@gotong/graphql-client';
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { ErrorPage } from '~/components/error-page';
import { Field } from '~/components/field';
import { AppForm } from '~/components/form';
import { Notice } from '~/components/notice';
import { InnovationCard } from '~/components/pipeline/innovation-card';
import { moveInnovation } from '~/components/pipeline/move-action.server';
import { MoveForm } from '~/components/pipeline/move-form';
import { useStageLabel } from '~/components/pipeline/stage';
import { verifiedFormData } from '~/lib/csrf.server';
import { fromUserErrors, textOf, validate } from '~/lib/forms';
import { failure } from '~/lib/forms.server';
import { graphql, notFound } from '~/lib/graphql.server';
import { useLocale, useT } from '~/lib/i18n';
import { localeOf } from '~/lib/i18n.server';
import { withNotice } from '~/lib/notice';
import { withPipelineCard } from '~/lib/live-updates';
import { useLiveEvents, useLiveState } from '~/lib/use-live';
import { pageMeta } from '~/lib/meta';

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageMeta(matches, data ? { key: 'meta.agencyInnovations', values: { name: data.agency.name } } : 'meta.notFound');

async function findAgency(args: { request: Request; context: LoaderFunctionArgs['context'] }, slug: string) {
  const { organization } = await graphql(args, PipelineAgencyDocument, { slug });
  if (!organization || organization.kind !== 'AGENCY') throw notFound();
  return organization;
}

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const agency = await findAgency({ request, context }, params.slug ?? '');
  const { pipeline } = await graphql({ request, context }, PipelineDocument, { agencyId: agency.id, first: 50, locale: localeOf(request, null) });
  if (!pipeline) throw notFound();
  return { agency, pipeline };
}

function createInput(formData: FormData) {
  return {
    title: textOf(formData, 'title') ?? '',
    summary: textOf(formData, 'summary'),
    problemStatement: textOf(formData, 'problemStatement'),
    needAnalysis: textOf(formData, 'needAnalysis'),
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const formData = await verifiedFormData(request);
  const intent = textOf(formData, 'intent') ?? '';
  const args = { request, context };
  const here = `/organisasi/${params.slug}/inovasi`;
  if (intent.startsWith('move-')) return moveInnovation(args, formData, localeOf(request, null), here);
  if (intent === 'create') {
    const agency = await findAgency(args, params.slug ?? '');
    const parsed = validate(createInnovationSchema, createInput(formData));
    if (!parsed.data) return failure(formData, { intent, fieldErrors: parsed.fieldErrors });
    const { createInnovation } = await graphql(args, CreateInnovationDocument, {
      input: { ...parsed.data, agencyId: agency.id, serviceId: textOf(formData, 'serviceId') },
    });
    if (createInnovation.errors.length > 0 || !createInnovation.innovation) return failure(formData, fromUserErrors(createInnovation.errors, intent));
    return redirect(withNotice(`/inovasi/${encodeURIComponent(createInnovation.innovation.id)}`, 'create.done'));
  }
  throw new Response('Unknown action', { status: 400 });
}

export default function PipelineBoard() {
  const t = useT();
  const stageLabel = useStageLabel();
  const locale = useLocale();
  const [{ agency, pipeline }, applyLive] = useLiveState(useLoaderData<typeof loader>());
  useLiveEvents(PipelineChangedDocument, { agencyId: agency.id, locale }, ({ pipelineChanged }) =>
    applyLive((page) => ({ ...page, pipeline: { ...page.pipeline, columns: withPipelineCard(page.pipeline.columns, pipelineChanged, page.pipeline.viewerCanRun) } })),
  );
  return (
    <>
      <header className="page-heading">
        <div>
          <p className="eyebrow">
            <Link to={`/organisasi/${agency.slug}`}>{agency.name}</Link>
          </p>
          <h1>{t('innovations.boardOf', { agency: agency.name })}</h1>
          <p className="lead">{t('innovations.boardIntro')}</p>
        </div>
      </header>
      <Notice />
      <div className="pipeline-board">
        {pipeline.columns.map((column) => (
          <section key={column.stage} className="pipeline-column" aria-labelledby={`column-${column.stage}`}>
            <h2 id={`column-${column.stage}`}>
              {stageLabel(column.stage)} <span className="count">{t('layout.count', { count: column.innovations.totalCount })}</span>
            </h2>
            {column.innovations.edges.length === 0 ? <p className="meta">{t('innovations.column.empty')}</p> : null}
            {column.innovations.edges.map(({ node }) => (
              <div key={node.id}>
                <InnovationCard innovation={node} headingLevel={3} showStage={false} />
                {node.nextGate && node.nextGate.missing.length > 0 ? (
                  <div className="meta">
                    {t('innovation.nextGate', { stage: stageLabel(node.nextGate.stage) })}
                    <ul className="gate-list">
                      {node.nextGate.missing.map((item) => (
                        <li key={item.code} className="missing">
                          {item.label}
                        </li>
                      ))}
                    </ul>
                  </div>
                ) : null}
                {node.viewerCanMove ? <MoveForm innovation={node} /> : null}
              </div>
            ))}
          </section>
        ))}
      </div>
      {pipeline.viewerCanRun ? (
        <section aria-labelledby="new-innovation-heading" className="section panel">
          <h2 id="new-innovation-heading">{t('create.title')}</h2>
          <p className="field-hint">{t('create.hint')}</p>
          <AppForm intent="create" schema={createInnovationSchema} toInput={createInput}>
            <Field name="title" label={t('create.name')} required />
            <Field name="summary" label={t('create.summary')} optional />
            <Field name="serviceId" label={t('create.service')} optional>
              {(control) => (
                <select {...control}>
                  <option value="">{t('create.noService')}</option>
                  {agency.services.edges.map(({ node }) => (
                    <option key={node.id} value={node.id}>
                      {node.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field name="problemStatement" label={t('innovation.problemStatement')} optional>
              {(control) => <textarea rows={3} {...control} />}
            </Field>
            <Field name="needAnalysis" label={t('innovation.needAnalysis')}>
              {(control) => <textarea rows={4} {...control} />}
            </Field>
            <button type="submit" className="button">
              {t('create.submit')}
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
