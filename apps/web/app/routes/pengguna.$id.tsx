import { PersonIdeasDocument } from '@gotong/graphql-client';
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { EmptyState } from '~/components/empty-state';
import { ErrorPage } from '~/components/error-page';
import { IdeaCard } from '~/components/ideas/idea-card';
import ideaStyles from '~/components/ideas/ideas.css?url';
import { Pagination } from '~/components/pagination';
import { graphql, notFound } from '~/lib/graphql.server';
import { useFormatDate, useT } from '~/lib/i18n';

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.person.displayName ?? 'Warga'} · Gotong` }];
export const links: LinksFunction = () => [{ rel: 'stylesheet', href: ideaStyles }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const after = new URL(request.url).searchParams.get('setelah');
  const { node } = await graphql({ request, context }, PersonIdeasDocument, { id: params.id ?? '', first: 20, after });
  if (!node || !('ideas' in node)) throw notFound();
  return { person: node };
}

/** A person's public page: who they are and the ideas they posted. */
export default function PersonPage() {
  const t = useT();
  const formatDate = useFormatDate();
  const { person } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{person.displayName}</h1>
      {person.bio ? <p className="lead">{person.bio}</p> : null}
      <p className="idea-meta">{t('person.since', { date: formatDate(person.createdAt) })}</p>
      <h2>{t('person.ideas', { name: person.displayName })}</h2>
      {person.ideas.edges.length > 0 ? (
        <div className="idea-list">
          {person.ideas.edges.map(({ node }) => (
            <IdeaCard key={node.id} idea={node} headingLevel={3} />
          ))}
        </div>
      ) : (
        <EmptyState>{t('ideas.empty')}</EmptyState>
      )}
      <Pagination pageInfo={person.ideas.pageInfo} totalCount={person.ideas.totalCount} />
    </>
  );
}

export const ErrorBoundary = ErrorPage;
