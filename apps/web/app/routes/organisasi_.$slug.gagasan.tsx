import { OrganizationIdeasDocument } from '@gotong/graphql-client';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { EmptyState } from '~/components/empty-state';
import { ErrorPage } from '~/components/error-page';
import { IdeaCard } from '~/components/ideas/idea-card';
import { Pagination } from '~/components/pagination';
import { graphql, notFound } from '~/lib/graphql.server';
import { useT } from '~/lib/i18n';
import { pageMeta } from '~/lib/meta';

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageMeta(matches, data ? { key: 'meta.organizationIdeas', values: { name: data.organization.name } } : 'meta.notFound');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const after = new URL(request.url).searchParams.get('setelah');
  const { organization } = await graphql({ request, context }, OrganizationIdeasDocument, { slug: params.slug ?? '', first: 20, after });
  if (!organization) throw notFound();
  return { organization };
}

/** An organisation's ideas: posted on its behalf or, for an agency, addressed to it. */
export default function OrganizationIdeas() {
  const t = useT();
  const { organization } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t('organizationIdeas.title', { name: organization.name })}</h1>
      <p>
        <Link to={`/organisasi/${organization.slug}`}>{organization.name}</Link> · {t('ideas.followers', { count: organization.followerCount })}
      </p>
      {organization.ideas.edges.length > 0 ? (
        <div className="idea-list">
          {organization.ideas.edges.map(({ node }) => (
            <IdeaCard key={node.id} idea={node} />
          ))}
        </div>
      ) : (
        <EmptyState>{t('ideas.empty')}</EmptyState>
      )}
      <Pagination pageInfo={organization.ideas.pageInfo} totalCount={organization.ideas.totalCount} />
    </>
  );
}

export const ErrorBoundary = ErrorPage;
