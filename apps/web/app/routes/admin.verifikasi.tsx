import { OrganizationsDocument } from '@gotong/graphql-client';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData, useSearchParams } from '@remix-run/react';
import { EmptyState } from '~/components/empty-state';
import { ErrorPage } from '~/components/error-page';
import { Notice } from '~/components/notice';
import { Pagination } from '~/components/pagination';
import { graphql } from '~/lib/graphql.server';
import { useFormatDate, useT } from '~/lib/i18n';
import { requirePlatformAdmin } from '~/lib/viewer.server';
import { pageMeta } from '~/lib/meta';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'meta.verification');

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requirePlatformAdmin({ request, context });
  const { organizations } = await graphql({ request, context }, OrganizationsDocument, {
    first: 20,
    after: new URL(request.url).searchParams.get('setelah'),
    filter: { verified: false },
  });
  return { organizations };
}

/** The queue of unverified organisations; each is reviewed, then verified, on its own page (admin.verifikasi_.$slug). */
export default function VerificationQueue() {
  const t = useT();
  const formatDate = useFormatDate();
  const [searchParams] = useSearchParams();
  const { organizations } = useLoaderData<typeof loader>();
  return (
    <>
      <p className="eyebrow">
        <Link to="/admin">{t('admin.title')}</Link>
      </p>
      <h1>{t('organizations.verification.title')}</h1>
      <p className="lead">{t('organizations.verification.intro')}</p>
      <Notice values={{ name: searchParams.get('nama') ?? '' }} />
      {organizations.edges.length > 0 ? (
        <table className="table">
          <caption className="visually-hidden">{t('organizations.verification.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('organizations.create.name')}</th>
              <th scope="col">{t('organizations.create.kind')}</th>
              <th scope="col">{t('organizations.page.members')}</th>
              <th scope="col">{t('organizations.members.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {organizations.edges.map(({ node }) => (
              <tr key={node.id}>
                <th scope="row" data-label={t('organizations.create.name')}>
                  <Link to={`/admin/verifikasi/${node.slug}`}>{node.name}</Link>
                  <div className="meta">{t('organizations.verification.createdAt', { date: formatDate(node.createdAt) })}</div>
                </th>
                <td data-label={t('organizations.create.kind')}>{t(`organizations.kind.${node.kind}`)}</td>
                <td data-label={t('organizations.page.members')}>{node.memberCount}</td>
                <td data-label={t('organizations.members.actions')}>
                  <Link to={`/admin/verifikasi/${node.slug}`} className="button button-small button-secondary" aria-label={t('organizations.verification.reviewName', { name: node.name })}>
                    {t('organizations.verification.review')}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <EmptyState>{t('organizations.verification.empty')}</EmptyState>
      )}
      <Pagination pageInfo={organizations.pageInfo} totalCount={organizations.totalCount} />
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
