import { SearchDocument, type SearchQuery } from '@gotong/graphql-client';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useLoaderData, useSubmit } from '@remix-run/react';
import { useEffect, useRef } from 'react';
import { EmptyState } from '~/components/empty-state';
import { ErrorPage } from '~/components/error-page';
import { Pagination } from '~/components/pagination';
import { graphql } from '~/lib/graphql.server';
import { useT } from '~/lib/i18n';
import { pageMeta } from '~/lib/meta';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'meta.search');

export async function loader({ request, context }: LoaderFunctionArgs) {
  const search = new URL(request.url).searchParams;
  const query = search.get('q')?.trim().slice(0, 200) ?? '';
  if (!query) return { query, results: null };
  const { search: results } = await graphql({ request, context }, SearchDocument, { query, first: 20, after: search.get('setelah') });
  return { query, results };
}

type Hit = SearchQuery['search']['edges'][number]['node'];

function hitLink({ node }: Hit): { href: string; title: string } {
  switch (node.__typename) {
    case 'Idea':
      return { href: `/gagasan/${node.id}`, title: node.title };
    case 'Discussion':
      return { href: `/forum/${node.id}`, title: node.title };
    case 'Innovation':
      return { href: `/inovasi/${node.id}`, title: node.title };
    case 'Course':
      return { href: `/pelatihan/${node.id}`, title: node.title };
    case 'Service':
      return { href: `/layanan/${node.slug}`, title: node.name };
    case 'Organization':
      return { href: `/organisasi/${node.slug}`, title: node.name };
    case 'Survey':
      return { href: `/survei/${node.id}`, title: `${node.title} (${node.period})` };
    default:
      return { href: '/', title: '' };
  }
}

/** Waiting this long after the last keystroke before searching keeps typing from sending a request per letter. */
const typingPause = 300;

/**
 * Everything matching the words, best match first. A plain GET form; with JavaScript the results follow the typing
 * (debounced, replacing the history entry).
 */
export default function Search() {
  const t = useT();
  const { query, results } = useLoaderData<typeof loader>();
  const submit = useSubmit();
  const typing = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => () => clearTimeout(typing.current), []);
  const searchAsTyped = (form: HTMLFormElement) => {
    clearTimeout(typing.current);
    typing.current = setTimeout(() => submit(form, { replace: true, preventScrollReset: true }), typingPause);
  };
  return (
    <>
      <h1>{t('search.title')}</h1>
      <Form method="get" role="search" className="filter-bar" onChange={(event) => searchAsTyped(event.currentTarget)}>
        <label htmlFor="search-query">{t('search.query')}</label>
        <input id="search-query" name="q" type="search" defaultValue={query} aria-describedby="search-hint" />
        <button type="submit" className="button">
          {t('search.submit')}
        </button>
        <p id="search-hint" className="field-hint">
          {t('search.hint')}
        </p>
      </Form>
      <div aria-live="polite">
        {results ? (
          results.edges.length > 0 ? (
            <ol className="idea-list">
              {results.edges.map(({ node: hit }) => {
                const link = hitLink(hit);
                return (
                  <li key={hit.node.id} className="idea-card">
                    <span className="badge">{t(`search.kind.${hit.kind}`)}</span> <Link to={link.href}>{link.title}</Link>
                  </li>
                );
              })}
            </ol>
          ) : (
            <EmptyState>
              {t('search.empty', { query })}
              {results.didYouMean ? (
                <>
                  {' '}
                  {t('search.didYouMean')} <Link to={`/cari?q=${encodeURIComponent(results.didYouMean)}`}>{results.didYouMean}</Link>
                </>
              ) : null}
            </EmptyState>
          )
        ) : null}
      </div>
      {results ? <Pagination pageInfo={results.pageInfo} totalCount={results.totalCount} /> : null}
    </>
  );
}

export const ErrorBoundary = ErrorPage;
