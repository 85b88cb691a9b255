import { updateProfileSchema } from '@gotong/domain';
import { MyMembershipsDocument, UpdateProfileDocument } from '@gotong/graphql-client';
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { EmptyState } from '~/components/empty-state';
import { Field } from '~/components/field';
import { AppForm } from '~/components/form';
import { Notice } from '~/components/notice';
import { Pagination } from '~/components/pagination';
import { verifiedFormData } from '~/lib/csrf.server';
import { fromUserErrors, validate } from '~/lib/forms';
import { failure } from '~/lib/forms.server';
import { graphql } from '~/lib/graphql.server';
import { useT } from '~/lib/i18n';
import { isLocale, languageCookie } from '~/lib/i18n.server';
import { withNotice } from '~/lib/notice';
import { requireViewer } from '~/lib/viewer.server';

export const meta: MetaFunction = () => [{ title: 'Profil · Gotong' }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const viewer = await requireViewer({ request, context });
  const after = new URL(request.url).searchParams.get('setelah');
  const memberships = await graphql({ request, context }, MyMembershipsDocument, { first: 20, after });
  return { viewer, memberships: memberships.viewer?.memberships ?? null };
}

function profileInput(formData: FormData) {
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === 'string' ? value : undefined;
  };
  return { displayName: text('displayName'), bio: text('bio'), locale: text('locale') };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await verifiedFormData(request);
  const parsed = validate(updateProfileSchema, profileInput(formData));
  if (!parsed.data) return failure(formData, { fieldErrors: parsed.fieldErrors });
  const { updateProfile } = await graphql({ request, context }, UpdateProfileDocument, { input: parsed.data });
  if (updateProfile.errors.length > 0) return failure(formData, fromUserErrors(updateProfile.errors));
  const locale = updateProfile.user?.locale;
  return redirect(withNotice('/profil', 'accounts.profile.saved'), isLocale(locale) ? { headers: { 'Set-Cookie': languageCookie(context, locale) } } : undefined);
}

export default function Profile() {
  const t = useT();
  const { viewer, memberships } = useLoaderData<typeof loader>();
  return (
    <div className="two-columns">
      <section className="narrow" aria-labelledby="profile-title">
        <h1 id="profile-title">{t('accounts.profile.title')}</h1>
        <Notice />
        <p>
          {t('accounts.profile.email')}: <strong>{viewer.email}</strong>
        </p>
        <AppForm schema={updateProfileSchema} toInput={profileInput}>
          <Field name="displayName" label={t('accounts.profile.displayName')} defaultValue={viewer.displayName} autoComplete="name" required />
          <Field name="bio" label={t('accounts.profile.bio')} hint={t('accounts.profile.bioHint')} optional defaultValue={viewer.bio}>
            {(control) => <textarea rows={5} {...control} />}
          </Field>
          <Field name="locale" label={t('accounts.profile.language')} defaultValue={viewer.locale ?? 'id'}>
            {(control) => (
              <select {...control}>
                <option value="id">{t('accounts.language.id')}</option>
                <option value="en">{t('accounts.language.en')}</option>
              </select>
            )}
          </Field>
          <button type="submit" className="button">
            {t('accounts.profile.submit')}
          </button>
        </AppForm>
      </section>
      <section aria-labelledby="memberships-title">
        <h2 id="memberships-title">{t('accounts.profile.memberships')}</h2>
        {memberships && memberships.edges.length > 0 ? (
          <ul className="card-list">
            {memberships.edges.map(({ node }) => (
              <li key={node.id} className="card">
                <Link to={`/organisasi/${node.organization.slug}`}>{node.organization.name}</Link>
                <p className="meta">
                  {t(`organizations.kind.${node.organization.kind}`)} · {t(`organizations.role.${node.role}`)}
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState>{t('accounts.profile.noMemberships')}</EmptyState>
        )}
        {memberships ? <Pagination pageInfo={memberships.pageInfo} /> : null}
        <p>
          <Link to="/organisasi/baru" className="button button-secondary">
            {t('accounts.profile.createOrganization')}
          </Link>
        </p>
      </section>
    </div>
  );
}
