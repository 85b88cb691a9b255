import { SearchDocument, type SearchQuery } from '@gotong/graphql-client';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useLoaderData } from '@remix-run/react';
import { EmptyState } from '~/components/empty-state';
import { ErrorPage } from '~/components/error-page';
import { Pagination } from '~/components/pagination';
import { graphql } from '~/lib/graphql.server';
import { dynamicKey, useT } from '~/lib/i18n';

export const meta: MetaFunction = () => [{ title: 'Cari · Gotong' }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const search = new URL(request.url).searchParams;
  const query = search.get('q')?.trim().slice(0, 200) ?? '';
  if (!query) return { query, results: null };
  const { search: results } = await graphql({ request, context }, SearchDocument, { query, first: 20, after: search.get('setelah') });
  return { query, results };
}

type Hit = SearchQuery['search']['edges'][number]['node']['node'];

function hitLink(hit: Hit): { href: string; title: string } {
  if (hit.__typename === 'Idea') return { href: `/gagasan/${hit.id}`, title: hit.title };
  if (hit.__typename === 'Discussion') return { href: `/forum/${hit.id}`, title: hit.title };
  if (hit.__typename === 'Organization') return { href: `/organisasi/${hit.slug}`, title: hit.name };
  return { href: '/', title: '' };
}

/** Ideas, discussions and organisations matching the words, best match first. */
export default function Search() {
  const t = useT();
  const { query, results } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t('search.title')}</h1>
      <Form method="get" role="search" className="filter-bar">
        <label htmlFor="search-query">{t('search.query')}</label>
        <input id="search-query" name="q" type="search" defaultValue={query} />
        <button type="submit" className="button">
          {t('search.submit')}
        </button>
      </Form>
      {results ? (
        results.edges.length > 0 ? (
          <ol className="idea-list">
            {results.edges.map(({ node: { node } }) => {
              const link = hitLink(node);
              return (
                <li key={node.id} className="idea-card">
                  <span className="badge">{t(dynamicKey(`search.type.${node.__typename}`))}</span>{' '}
                  <Link to={link.href}>{link.title}</Link>
                </li>
              );
            })}
          </ol>
        ) : (
          <EmptyState>{t('search.empty', { query })}</EmptyState>
        )
      ) : null}
      {results ? <Pagination pageInfo={results.pageInfo} totalCount={results.totalCount} /> : null}
    </>
  );
}

export const ErrorBoundary = ErrorPage;
