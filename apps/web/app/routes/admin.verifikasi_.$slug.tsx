import { OrganizationPageDocument, VerifyOrganizationDocument } from '@gotong/graphql-client';
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useLoaderData, useSearchParams } from '@remix-run/react';
import { ErrorPage } from '~/components/error-page';
import { Field } from '~/components/field';
import { AppForm } from '~/components/form';
import { Pagination } from '~/components/pagination';
import { verifiedFormData } from '~/lib/csrf.server';
import { fromUserErrors, textOf } from '~/lib/forms';
import { failure } from '~/lib/forms.server';
import { graphql, notFound } from '~/lib/graphql.server';
import { useFormatDate, useT } from '~/lib/i18n';
import { withNotice } from '~/lib/notice';
import { requirePlatformAdmin } from '~/lib/viewer.server';
import { pageMeta } from '~/lib/meta';

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageMeta(matches, data ? { key: 'meta.verifyOrganization', values: { name: data.organization.name } } : 'meta.notFound');

async function organizationOf(args: LoaderFunctionArgs | ActionFunctionArgs) {
  const search = new URL(args.request.url).searchParams;
  const { organization } = await graphql(args, OrganizationPageDocument, { slug: args.params.slug ?? '', membersAfter: search.get('setelah') });
  if (!organization) throw notFound();
  return organization;
}

export async function loader(args: LoaderFunctionArgs) {
  await requirePlatformAdmin(args);
  return { organization: await organizationOf(args) };
}

export async function action(args: ActionFunctionArgs) {
  const formData = await verifiedFormData(args.request);
  const organization = await organizationOf(args);
  const { verifyOrganization } = await graphql(args, VerifyOrganizationDocument, {
    input: { organizationId: organization.id, verified: true, note: textOf(formData, 'note') },
  });
  if (verifyOrganization.errors.length > 0) return failure(formData, fromUserErrors(verifyOrganization.errors, 'verify'));
  return redirect(`${withNotice('/admin/verifikasi', 'organizations.verification.done')}&nama=${encodeURIComponent(organization.name)}`);
}

/** What an admin checks before verifying: what the organisation claims and who its members are; then a confirmation. */
export default function VerificationReview() {
  const t = useT();
  const formatDate = useFormatDate();
  const [searchParams] = useSearchParams();
  const { organization } = useLoaderData<typeof loader>();
  const confirming = searchParams.get('konfirmasi') === '1' && !organization.verified;
  return (
    <>
      <p className="eyebrow">
        <Link to="/admin/verifikasi">{t('organizations.verification.back')}</Link>
      </p>
      <h1>{organization.name}</h1>
      <section aria-labelledby="claims" className="section">
        <h2 id="claims">{t('organizations.verification.claims')}</h2>
        <dl className="details-list">
          <dt>{t('organizations.create.kind')}</dt>
          <dd>{t(`organizations.kind.${organization.kind}`)}</dd>
          <dt>{t('organizations.create.description')}</dt>
          <dd>{organization.description || t('organizations.page.noDescription')}</dd>
          <dt>{t('organizations.create.website')}</dt>
          <dd>
            {organization.website ? (
              <a href={organization.website} rel="noopener noreferrer nofollow">
                {organization.website}
              </a>
            ) : (
              t('organizations.verification.noWebsite')
            )}
          </dd>
          <dt>{t('organizations.create.slug')}</dt>
          <dd>
            <Link to={`/organisasi/${organization.slug}`}>/organisasi/{organization.slug}</Link>
          </dd>
          <dt>{t('organizations.verification.registered')}</dt>
          <dd>{formatDate(organization.createdAt)}</dd>
        </dl>
      </section>

      <section aria-labelledby="members" className="section">
        <h2 id="members">{t('organizations.verification.membersTitle')}</h2>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('organizations.members.name')}</th>
              <th scope="col">{t('organizations.members.email')}</th>
              <th scope="col">{t('organizations.members.role')}</th>
            </tr>
          </thead>
          <tbody>
            {organization.members.edges.map(({ node }) => (
              <tr key={node.id}>
                <th scope="row" data-label={t('organizations.members.name')}>
                  <Link to={`/pengguna/${encodeURIComponent(node.user.id)}`}>{node.user.displayName}</Link>
                </th>
                <td data-label={t('organizations.members.email')}>{node.user.email}</td>
                <td data-label={t('organizations.members.role')}>{t(`organizations.role.${node.role}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <Pagination pageInfo={organization.members.pageInfo} totalCount={organization.members.totalCount} />
      </section>

      {organization.verified ? (
        <p className="notice">{t('organizations.verification.alreadyVerified', { date: formatDate(organization.verifiedAt ?? organization.createdAt) })}</p>
      ) : confirming ? (
        <section id="konfirmasi" aria-labelledby="confirm-title" className="section panel">
          <h2 id="confirm-title">{t('organizations.verification.confirmTitle', { name: organization.name })}</h2>
          <p>{t('organizations.verification.confirmText')}</p>
          <AppForm intent="verify">
            <Field name="note" label={t('organizations.verification.note')} optional />
            <p className="inline-actions">
              <button type="submit" className="button">
                {t('organizations.verification.confirm')}
              </button>
              <Link to={`/admin/verifikasi/${organization.slug}`}>{t('organizations.verification.cancel')}</Link>
            </p>
          </AppForm>
        </section>
      ) : (
        <Form method="get" action={`/admin/verifikasi/${organization.slug}#konfirmasi`}>
          <input type="hidden" name="konfirmasi" value="1" />
          <button type="submit" className="button">
            {t('organizations.verification.verify')}
          </button>
        </Form>
      )}
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
