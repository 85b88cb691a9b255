import { OrganizationsDocument, VerifyOrganizationDocument } from '@gotong/graphql-client';
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useLoaderData, useSearchParams } from '@remix-run/react';
import { EmptyState } from '~/components/empty-state';
import { ErrorPage } from '~/components/error-page';
import { ButtonForm } from '~/components/form';
import { Notice } from '~/components/notice';
import { Pagination } from '~/components/pagination';
import { verifiedFormData } from '~/lib/csrf.server';
import { textOf } from '~/lib/forms';
import { graphql } from '~/lib/graphql.server';
import { useFormatDate, useT } from '~/lib/i18n';
import { withNotice } from '~/lib/notice';
import { requirePlatformAdmin } from '~/lib/viewer.server';

export const meta: MetaFunction = () => [{ title: 'Verifikasi organisasi · Gotong' }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requirePlatformAdmin({ request, context });
  const { organizations } = await graphql({ request, context }, OrganizationsDocument, {
    first: 20,
    after: new URL(request.url).searchParams.get('setelah'),
    filter: { verified: false },
  });
  return { organizations };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await verifiedFormData(request);
  const { verifyOrganization } = await graphql({ request, context }, VerifyOrganizationDocument, {
    input: { organizationId: textOf(formData, 'organizationId') ?? '', verified: true },
  });
  const name = verifyOrganization.organization?.name ?? '';
  const path = verifyOrganization.errors.length > 0 ? '/admin/verifikasi' : `${withNotice('/admin/verifikasi', 'organizations.verification.done')}&nama=${encodeURIComponent(name)}`;
  return redirect(path);
}

export default function VerificationQueue() {
  const t = useT();
  const formatDate = useFormatDate();
  const [searchParams] = useSearchParams();
  const { organizations } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t('organizations.verification.title')}</h1>
      <p className="lead">{t('organizations.verification.intro')}</p>
      <Notice values={{ name: searchParams.get('nama') ?? '' }} />
      {organizations.edges.length > 0 ? (
        <table className="table">
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
                <th scope="row">
                  <Link to={`/organisasi/${node.slug}`}>{node.name}</Link>
                  <div className="meta">{t('organizations.verification.createdAt', { date: formatDate(node.createdAt) })}</div>
                </th>
                <td>{t(`organizations.kind.${node.kind}`)}</td>
                <td>{node.memberCount}</td>
                <td>
                  <ButtonForm intent="verify" hidden={{ organizationId: node.id }} className="button button-small" label={t('organizations.verification.verifyName', { name: node.name })}>
                    {t('organizations.verification.verify')}
                  </ButtonForm>
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
