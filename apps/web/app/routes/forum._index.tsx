import { discussionCategories, type DiscussionCategory } from '@gotong/domain';
import { DiscussionsDocument } from '@gotong/graphql-client';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useLoaderData } from '@remix-run/react';
import { EmptyState } from '~/components/empty-state';
import { ErrorPage } from '~/components/error-page';
import { Notice } from '~/components/notice';
import { Pagination } from '~/components/pagination';
import { graphql } from '~/lib/graphql.server';
import { useFormatDate, useT } from '~/lib/i18n';
import { pageMeta } from '~/lib/meta';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'meta.forum');

export async function loader({ request, context }: LoaderFunctionArgs) {
  const search = new URL(request.url).searchParams;
  const value = search.get('bagian') ?? '';
  const category = (discussionCategories as readonly string[]).includes(value) ? (value as DiscussionCategory) : null;
  const { discussions } = await graphql({ request, context }, DiscussionsDocument, { first: 20, after: search.get('setelah'), category });
  return { discussions, category };
}

export default function Forum() {
  const t = useT();
  const formatDate = useFormatDate();
  const { discussions, category } = useLoaderData<typeof loader>();
  return (
    <>
      <div className="page-heading">
        <div>
          <h1>{t('forum.title')}</h1>
          <p className="lead">{t('forum.intro')}</p>
        </div>
        <Link to="/forum/baru" className="button">
          {t('forum.start')}
        </Link>
      </div>
      <Notice />
      <Form method="get" className="filter-bar">
        <label htmlFor="forum-category">{t('forum.category')}</label>
        <select id="forum-category" name="bagian" defaultValue={category ?? ''}>
          <option value="">{t('forum.allCategories')}</option>
          {discussionCategories.map((value) => (
            <option key={value} value={value}>
              {t(`forum.category.${value}`)}
            </option>
          ))}
        </select>
        <button type="submit" className="button button-secondary">
          {t('ideas.apply')}
        </button>
      </Form>
      {discussions.edges.length > 0 ? (
        <ul className="idea-list" role="list">
          {discussions.edges.map(({ node }) => (
            <li key={node.id} className="idea-card">
              <p className="badges">
                <span className="badge">{t(`forum.category.${node.category}`)}</span>
                {node.pinned ? <span className="badge">{t('forum.pinned')}</span> : null}
                {node.locked ? <span className="badge">{t('forum.locked')}</span> : null}
                {node.hidden ? <span className="badge badge-hidden">{t('ideas.hidden')}</span> : null}
              </p>
              <h2 className="idea-card-title">
                <Link to={`/forum/${node.id}`}>{node.title}</Link>
              </h2>
              <p className="idea-meta">
                {t('ideas.by', { name: node.author.displayName })} · {t('ideas.comments', { count: node.commentCount })} ·{' '}
                {t('forum.lastActivity', { date: formatDate(node.lastActivityAt) })}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState>{t('forum.empty')}</EmptyState>
      )}
      <Pagination pageInfo={discussions.pageInfo} totalCount={discussions.totalCount} />
    </>
  );
}

export const ErrorBoundary = ErrorPage;
