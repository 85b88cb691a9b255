import { changeEmailSchema, changePasswordSchema, deleteAccountSchema, updateProfileSchema } from '@gotong/domain';
import {
  AccountSecurityDocument,
  ChangeEmailDocument,
  ChangePasswordDocument,
  DeleteMyAccountDocument,
  MyMembershipsDocument,
  ResendEmailConfirmationDocument,
  SetConsentDocument,
  UpdateProfileDocument,
  type ConsentPurpose,
} from '@gotong/graphql-client';
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { EmptyState } from '~/components/empty-state';
import { Field } from '~/components/field';
import { AppForm, ButtonForm, CsrfField } from '~/components/form';
import { Notice } from '~/components/notice';
import { Pagination } from '~/components/pagination';
import { verifiedFormData } from '~/lib/csrf.server';
import { fromUserErrors, textOf, validate } from '~/lib/forms';
import { failure } from '~/lib/forms.server';
import { graphql } from '~/lib/graphql.server';
import { dynamicKey, useFormatDate, useT } from '~/lib/i18n';
import { isLocale, languageCookie } from '~/lib/i18n.server';
import { withNotice } from '~/lib/notice';
import { endSessionCookie } from '~/lib/session.server';
import { requireViewer } from '~/lib/viewer.server';
import { pageMeta } from '~/lib/meta';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'meta.profile');

export async function loader({ request, context }: LoaderFunctionArgs) {
  const viewer = await requireViewer({ request, context });
  const after = new URL(request.url).searchParams.get('setelah');
  const [memberships, security] = await Promise.all([
    graphql({ request, context }, MyMembershipsDocument, { first: 20, after }),
    graphql({ request, context }, AccountSecurityDocument),
  ]);
  return { viewer, memberships: memberships.viewer?.memberships ?? null, security: { ...security.viewer!, confirmationRequired: security.emailConfirmationRequired } };
}

const passwordOf = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === 'string' ? value : '';
};
const changeEmailInput = (formData: FormData) => ({ newEmail: textOf(formData, 'newEmail') ?? '', password: passwordOf(formData, 'password') });
const changePasswordInput = (formData: FormData) => ({ currentPassword: passwordOf(formData, 'currentPassword'), newPassword: passwordOf(formData, 'newPassword') });
const deleteAccountInput = (formData: FormData) => ({ password: passwordOf(formData, 'password') });
const consentPurposes: ConsentPurpose[] = ['EMAIL_NOTIFICATIONS', 'PUBLIC_PROFILE'];

/** The forms of the profile besides the profile itself, by intent: each answers with its own errors or a notice. */
async function accountAction(intent: string, formData: FormData, args: ActionFunctionArgs) {
  const { request, context } = args;
  if (intent === 'changeEmail') {
    const parsed = validate(changeEmailSchema, changeEmailInput(formData));
    if (!parsed.data) return failure(formData, { intent, fieldErrors: parsed.fieldErrors });
    const { changeEmail } = await graphql({ request, context }, ChangeEmailDocument, { input: parsed.data });
    if (changeEmail.errors.length > 0) return failure(formData, fromUserErrors(changeEmail.errors, intent));
    return redirect(withNotice('/profil', 'accounts.changeEmail.sent'));
  }
  if (intent === 'changePassword') {
    const parsed = validate(changePasswordSchema, changePasswordInput(formData));
    if (!parsed.data) return failure(formData, { intent, fieldErrors: parsed.fieldErrors });
    const { changePassword } = await graphql({ request, context }, ChangePasswordDocument, { input: parsed.data });
    if (changePassword.errors.length > 0) return failure(formData, fromUserErrors(changePassword.errors, intent));
    return redirect(withNotice('/profil', 'accounts.changePassword.done'));
  }
  if (intent === 'consent') {
    const purpose = consentPurposes.find((candidate) => candidate === textOf(formData, 'purpose'));
    if (!purpose) return failure(formData, { intent, fieldErrors: {}, formError: 'validation.invalid' });
    const { setConsent } = await graphql({ request, context }, SetConsentDocument, { input: { purpose, given: formData.get('given') === 'true' } });
    if (setConsent.errors.length > 0) return failure(formData, fromUserErrors(setConsent.errors, intent));
    return redirect(withNotice('/profil', 'privacy.consent.saved'));
  }
  if (intent === 'resend') {
    const { resendEmailConfirmation } = await graphql({ request, context }, ResendEmailConfirmationDocument);
    if (resendEmailConfirmation.errors.length > 0) return failure(formData, fromUserErrors(resendEmailConfirmation.errors, intent));
    return redirect(withNotice('/profil', 'accounts.confirm.resent'));
  }
  if (intent === 'deleteAccount') {
    const parsed = validate(deleteAccountSchema, deleteAccountInput(formData));
    if (!parsed.data) return failure(formData, { intent, fieldErrors: parsed.fieldErrors });
    const { deleteMyAccount } = await graphql({ request, context }, DeleteMyAccountDocument, { input: parsed.data });
    if (!deleteMyAccount.deleted) return failure(formData, fromUserErrors(deleteMyAccount.errors, intent));
    return redirect(withNotice('/masuk', 'privacy.delete.done'), { headers: { 'Set-Cookie': endSessionCookie(context) } });
  }
  return failure(formData, { fieldErrors: {}, formError: 'validation.invalid' });
}

function profileInput(formData: FormData) {
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === 'string' ? value : undefined;
  };
  return { displayName: text('displayName'), bio: text('bio'), locale: text('locale') };
}

export async function action(args: ActionFunctionArgs) {
  const { request, context } = args;
  const formData = await verifiedFormData(request);
  const intent = textOf(formData, 'intent');
  if (intent) return accountAction(intent, formData, args);
  const parsed = validate(updateProfileSchema, profileInput(formData));
  if (!parsed.data) return failure(formData, { fieldErrors: parsed.fieldErrors });
  const { updateProfile } = await graphql({ request, context }, UpdateProfileDocument, { input: parsed.data });
  if (updateProfile.errors.length > 0) return failure(formData, fromUserErrors(updateProfile.errors));
  const locale = updateProfile.user?.locale;
  return redirect(withNotice('/profil', 'accounts.profile.saved'), isLocale(locale) ? { headers: { 'Set-Cookie': languageCookie(context, locale) } } : undefined);
}

export default function Profile() {
  const t = useT();
  const { viewer, memberships, security } = useLoaderData<typeof loader>();
  const formatDate = useFormatDate();
  return (
    <div className="two-columns">
      <section className="narrow" aria-labelledby="profile-title">
        <h1 id="profile-title">{t('accounts.profile.title')}</h1>
        <Notice />
        <p>
          {t('accounts.profile.email')}: <strong>{viewer.email}</strong> (
          {t(security.emailConfirmed ? 'accounts.profile.emailConfirmed' : 'accounts.profile.emailUnconfirmed')})
        </p>
        {security.pendingEmail ? <p>{t('accounts.profile.pendingEmail', { email: security.pendingEmail })}</p> : null}
        {!security.emailConfirmed ? (
          <div className={security.confirmationRequired ? 'notice' : undefined}>
            {security.confirmationRequired ? <p>{t('accounts.confirm.pending')}</p> : null}
            <AppForm intent="resend">
              <button type="submit" className="button button-secondary">
                {t('accounts.confirm.resend')}
              </button>
            </AppForm>
          </div>
        ) : null}
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
        <h2 id="security-title">{t('accounts.profile.security')}</h2>
        <ul>
          <li>
            <Link to="/profil/sesi">{t('accounts.profile.sessionsLink')}</Link>
          </li>
          <li>
            <Link to="/profil/token-api">{t('accounts.profile.apiTokensLink')}</Link>
          </li>
        </ul>
        <h3>{t('accounts.changePassword.title')}</h3>
        <AppForm intent="changePassword" schema={changePasswordSchema} toInput={changePasswordInput}>
          <Field name="currentPassword" type="password" label={t('accounts.changePassword.current')} autoComplete="current-password" required />
          <Field name="newPassword" type="password" label={t('accounts.changePassword.new')} hint={t('accounts.register.passwordHint')} autoComplete="new-password" required />
          <button type="submit" className="button">
            {t('accounts.changePassword.submit')}
          </button>
        </AppForm>
        <h3>{t('accounts.changeEmail.title')}</h3>
        <p>{t('accounts.changeEmail.intro')}</p>
        <AppForm intent="changeEmail" schema={changeEmailSchema} toInput={changeEmailInput}>
          <Field name="newEmail" type="email" label={t('accounts.changeEmail.newEmail')} autoComplete="email" required />
          <Field name="password" type="password" label={t('accounts.changeEmail.password')} autoComplete="current-password" required />
          <button type="submit" className="button">
            {t('accounts.changeEmail.submit')}
          </button>
        </AppForm>
      </section>
      <section aria-labelledby="privacy-title">
        <h2 id="privacy-title">{t('privacy.self.title')}</h2>
        <h3>{t('privacy.export.title')}</h3>
        <p>{t('privacy.export.intro')}</p>
        {/* A document POST, not Remix's fetch: the browser saves the answer as a file. */}
        <form method="post" action="/profil/data" className="button-form">
          <CsrfField />
          <button type="submit" className="button button-secondary">
            {t('privacy.export.submit')}
          </button>
        </form>
        <h3>{t('privacy.consents.title')}</h3>
        <p>{t('privacy.consents.intro')}</p>
        <ul className="card-list">
          {(security.consents ?? []).map((consent) => {
            const purpose = t(dynamicKey(`privacy.consent.${consent.purpose}`));
            return (
              <li key={consent.purpose} className="card">
                <p>
                  <strong>{purpose}</strong>
                </p>
                <p className="meta">{t(dynamicKey(`privacy.consent.${consent.purpose}.hint`))}</p>
                <p>
                  {consent.given && consent.givenAt
                    ? t('privacy.consent.given', { date: formatDate(consent.givenAt), version: consent.policyVersion ?? '' })
                    : consent.withdrawnAt
                      ? t('privacy.consent.withdrawn', { date: formatDate(consent.withdrawnAt) })
                      : t('privacy.consent.never')}
                </p>
                <ButtonForm
                  intent="consent"
                  hidden={{ purpose: consent.purpose, given: String(!consent.given) }}
                  className="button button-small button-secondary"
                  label={t(consent.given ? 'privacy.consent.withdrawLabel' : 'privacy.consent.giveLabel', { purpose })}
                >
                  {t(consent.given ? 'privacy.consent.withdraw' : 'privacy.consent.give')}
                </ButtonForm>
              </li>
            );
          })}
        </ul>
        <h3>{t('privacy.delete.title')}</h3>
        <p>{t('privacy.delete.erased')}</p>
        <p>{t('privacy.delete.kept')}</p>
        <p>{t('privacy.delete.owners')}</p>
        <AppForm intent="deleteAccount" schema={deleteAccountSchema} toInput={deleteAccountInput}>
          <Field name="password" type="password" label={t('privacy.delete.password')} autoComplete="current-password" required />
          <button type="submit" className="button button-danger">
            {t('privacy.delete.submit')}
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
