import { ideaKinds, ideaStatuses, type IdeaKind, type IdeaStatus } from '@gotong/domain';
import { IdeaFeedDocument, IdeaPostedDocument, type IdeaOrder } from '@gotong/graphql-client';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useLoaderData } from '@remix-run/react';
import { EmptyState } from '~/components/empty-state';
import { ErrorPage } from '~/components/error-page';
import { IdeaCard } from '~/components/ideas/idea-card';
import { Notice } from '~/components/notice';
import { Pagination } from '~/components/pagination';
import { graphql } from '~/lib/graphql.server';
import { useT } from '~/lib/i18n';
import { withPostedIdea } from '~/lib/live-updates';
import { useViewer } from '~/lib/root-data';
import { useLiveEvents, useLiveState } from '~/lib/use-live';
import { pageMeta } from '~/lib/meta';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'meta.ideas');

const orders: readonly IdeaOrder[] = ['HOT', 'NEW', 'TOP'];
const feedPageSize = 20;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return (values as readonly string[]).includes(value ?? '') ? (value as T) : undefined;
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  const search = new URL(request.url).searchParams;
  const filters = {
    status: oneOf<IdeaStatus>(ideaStatuses, search.get('status')),
    kind: oneOf<IdeaKind>(ideaKinds, search.get('jenis')),
    tag: search.get('label')?.slice(0, 30) || undefined,
    text: search.get('q')?.slice(0, 200) || undefined,
  };
  const orderBy = oneOf(orders, search.get('urut')) ?? 'HOT';
  const after = search.get('setelah');
  const { ideas } = await graphql({ request, context }, IdeaFeedDocument, {
    first: feedPageSize,
    after,
    orderBy,
    filter: filters,
  });
  return { ideas, orderBy, filters, firstPage: !after };
}

export default function IdeaFeed() {
  const t = useT();
  const viewer = useViewer();
  const [{ ideas, orderBy, filters }, applyLive] = useLiveState(useLoaderData<typeof loader>());
  useLiveEvents(IdeaPostedDocument, { filter: filters }, ({ ideaPosted }) =>
    applyLive((page) => ({ ...page, ideas: withPostedIdea(page.ideas, ideaPosted, { orderBy: page.orderBy, firstPage: page.firstPage, size: feedPageSize }, viewer) })),
  );
  return (
    <>
      <div className="page-heading">
        <div>
          <h1>{t('ideas.title')}</h1>
          <p className="lead">{t('ideas.intro')}</p>
        </div>
        <Link to="/gagasan/baru" className="button">
          {t('ideas.post')}
        </Link>
      </div>
      <Notice />
      <Form method="get" className="filter-bar" aria-label={t('ideas.filters')}>
        <label htmlFor="feed-order">{t('ideas.orderBy')}</label>
        <select id="feed-order" name="urut" defaultValue={orderBy}>
          {orders.map((order) => (
            <option key={order} value={order}>
              {t(`ideas.order.${order}`)}
            </option>
          ))}
        </select>
        <label htmlFor="feed-status">{t('ideas.filterStatus')}</label>
        <select id="feed-status" name="status" defaultValue={filters.status ?? ''}>
          <option value="">{t('ideas.all')}</option>
          {ideaStatuses.map((status) => (
            <option key={status} value={status}>
              {t(`ideas.status.${status}`)}
            </option>
          ))}
        </select>
        <label htmlFor="feed-kind">{t('ideas.filterKind')}</label>
        <select id="feed-kind" name="jenis" defaultValue={filters.kind ?? ''}>
          <option value="">{t('ideas.all')}</option>
          {ideaKinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`ideas.kind.${kind}`)}
            </option>
          ))}
        </select>
        <label htmlFor="feed-tag">{t('ideas.filterTag')}</label>
        <input id="feed-tag" name="label" defaultValue={filters.tag ?? ''} size={12} />
        <label htmlFor="feed-text">{t('ideas.filterText')}</label>
        <input id="feed-text" name="q" type="search" defaultValue={filters.text ?? ''} />
        <button type="submit" className="button button-secondary">
          {t('ideas.apply')}
        </button>
      </Form>
      {ideas.edges.length > 0 ? (
        <div className="idea-list">
          {ideas.edges.map(({ node }) => (
            <IdeaCard key={node.id} idea={node} />
          ))}
        </div>
      ) : (
        <EmptyState>{t('ideas.empty')}</EmptyState>
      )}
      <Pagination pageInfo={ideas.pageInfo} totalCount={ideas.totalCount} />
    </>
  );
}

export const ErrorBoundary = ErrorPage;
