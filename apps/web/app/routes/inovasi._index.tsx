import { innovationStages, type InnovationStage } from '@gotong/domain';
import { InnovationsDocument } from '@gotong/graphql-client';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, useLoaderData } from '@remix-run/react';
import { EmptyState } from '~/components/empty-state';
import { ErrorPage } from '~/components/error-page';
import { Pagination } from '~/components/pagination';
import { InnovationCard } from '~/components/pipeline/innovation-card';
import { useStageLabel } from '~/components/pipeline/stage';
import { graphql } from '~/lib/graphql.server';
import { useT } from '~/lib/i18n';
import { pageMeta } from '~/lib/meta';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'meta.innovations', 'innovations.intro');

export async function loader({ request, context }: LoaderFunctionArgs) {
  const search = new URL(request.url).searchParams;
  const requested = search.get('tahap') ?? '';
  const stage = (innovationStages as readonly string[]).includes(requested) ? (requested as InnovationStage) : undefined;
  const text = search.get('q')?.slice(0, 100) || undefined;
  const { innovations } = await graphql({ request, context }, InnovationsDocument, { first: 20, after: search.get('setelah'), filter: { stage, text } });
  return { innovations, stage: stage ?? null, text: text ?? '' };
}

export default function Innovations() {
  const t = useT();
  const stageLabel = useStageLabel();
  const { innovations, stage, text } = useLoaderData<typeof loader>();
  return (
    <>
      <div className="page-heading">
        <div>
          <h1>{t('innovations.title')}</h1>
          <p className="lead">{t('innovations.intro')}</p>
        </div>
      </div>
      <Form method="get" className="filter-bar">
        <label htmlFor="filter-stage">{t('innovations.filterStage')}</label>
        <select id="filter-stage" name="tahap" defaultValue={stage ?? ''} key={stage ?? ''}>
          <option value="">{t('innovations.allStages')}</option>
          {innovationStages.map((value) => (
            <option key={value} value={value}>
              {stageLabel(value)}
            </option>
          ))}
        </select>
        <label htmlFor="filter-text">{t('innovations.filterText')}</label>
        <input id="filter-text" name="q" type="search" defaultValue={text} />
        <button type="submit" className="button button-secondary">
          {t('innovations.filter')}
        </button>
      </Form>
      {innovations.edges.length > 0 ? (
        <div className="card-grid">
          {innovations.edges.map(({ node }) => (
            <InnovationCard key={node.id} innovation={node} />
          ))}
        </div>
      ) : (
        <EmptyState>{t('innovations.empty')}</EmptyState>
      )}
      <Pagination pageInfo={innovations.pageInfo} totalCount={innovations.totalCount} />
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
