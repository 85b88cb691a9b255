import { organizationKinds, type OrganizationKind } from '@gotong/domain';
import { OrganizationsDocument } from '@gotong/graphql-client';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useLoaderData } from '@remix-run/react';
import { EmptyState } from '~/components/empty-state';
import { OrganizationCard } from '~/components/organization-card';
import { Pagination } from '~/components/pagination';
import { graphql } from '~/lib/graphql.server';
import { useT } from '~/lib/i18n';
import { pageMeta } from '~/lib/meta';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'meta.organizations');

function kindOf(value: string | null): OrganizationKind | undefined {
  return (organizationKinds as readonly string[]).includes(value ?? '') ? (value as OrganizationKind) : undefined;
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  const search = new URL(request.url).searchParams;
  const kind = kindOf(search.get('jenis'));
  const { organizations } = await graphql({ request, context }, OrganizationsDocument, {
    first: 20,
    after: search.get('setelah'),
    filter: kind ? { kind } : undefined,
  });
  return { organizations, kind: kind ?? null };
}

export default function Organizations() {
  const t = useT();
  const { organizations, kind } = useLoaderData<typeof loader>();
  return (
    <>
      <div className="page-heading">
        <div>
          <h1>{t('organizations.title')}</h1>
          <p className="lead">{t('organizations.intro')}</p>
        </div>
        <Link to="/organisasi/baru" className="button">
          {t('organizations.create')}
        </Link>
      </div>
      <Form method="get" className="filter-bar">
        <label htmlFor="filter-kind">{t('organizations.filterKind')}</label>
        <select id="filter-kind" name="jenis" defaultValue={kind ?? ''} key={kind ?? ''}>
          <option value="">{t('organizations.allKinds')}</option>
          {organizationKinds.map((value) => (
            <option key={value} value={value}>
              {t(`organizations.kind.${value}`)}
            </option>
          ))}
        </select>
        <button type="submit" className="button button-secondary">
          {t('organizations.filter')}
        </button>
      </Form>
      {organizations.edges.length > 0 ? (
        <div className="card-grid">
          {organizations.edges.map(({ node }) => (
            <OrganizationCard key={node.id} organization={node} headingLevel={2} />
          ))}
        </div>
      ) : (
        <EmptyState>{t('organizations.empty')}</EmptyState>
      )}
      <Pagination pageInfo={organizations.pageInfo} totalCount={organizations.totalCount} />
    </>
  );
}
