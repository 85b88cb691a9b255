import { loginSchema } from '@gotong/domain';
import { LoginDocument } from '@gotong/graphql-client';
import type { ActionFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useActionData, useSearchParams } from '@remix-run/react';
import { Field } from '~/components/field';
import { AppForm } from '~/components/form';
import { Notice } from '~/components/notice';
import { verifiedFormData } from '~/lib/csrf.server';
import { useFormatDateTime } from '~/lib/dates';
import { fromUserErrors, textOf, validate } from '~/lib/forms';
import { failure } from '~/lib/forms.server';
import { graphql } from '~/lib/graphql.server';
import { useT } from '~/lib/i18n';
import { safeRedirect, safeReturnPath } from '~/lib/safe-redirect';
import { startSessionCookie } from '~/lib/session.server';
import { pageMeta } from '~/lib/meta';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'meta.signIn');

function loginInput(formData: FormData) {
  const password = formData.get('password');
  return { email: textOf(formData, 'email') ?? '', password: typeof password === 'string' ? password : '' };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await verifiedFormData(request);
  const parsed = validate(loginSchema, loginInput(formData));
  if (!parsed.data) return failure(formData, { fieldErrors: parsed.fieldErrors });
  const { login } = await graphql({ request, context }, LoginDocument, { input: parsed.data });
  const suspension = login.errors.find((error) => error.code === 'ACCOUNT_SUSPENDED');
  if (suspension) return { suspended: paramsOf(suspension) };
  if (!login.token) return failure(formData, fromUserErrors(login.errors));
  return safeRedirect(formData.get('kembali'), '/', { headers: { 'Set-Cookie': startSessionCookie(context, login.token) } });
}

/** The suspension's end and reason, from the refusal's parameters. */
function paramsOf(error: { params: readonly { name: string; value: string }[] }): { untilIso: string; reason: string } {
  const value = (name: string) => error.params.find((param) => param.name === name)?.value ?? '';
  return { untilIso: value('untilIso'), reason: value('reason') };
}

/** What a suspended person sees after typing the right password: why, and until when. */
function Suspended({ untilIso, reason }: { untilIso: string; reason: string }) {
  const t = useT();
  const formatDateTime = useFormatDateTime();
  return (
    <div className="narrow">
      <h1>{t('moderation.suspendedPage.title')}</h1>
      <p className="notice" role="alert">
        {t('moderation.suspendedPage.body', { until: formatDateTime(untilIso, null) })}
      </p>
      <p>{t('moderation.suspendedPage.reason', { reason })}</p>
      <p>{t('moderation.suspendedPage.after')}</p>
    </div>
  );
}

export default function SignIn() {
  const t = useT();
  const [searchParams] = useSearchParams();
  const actionData = useActionData<typeof action>();
  const returnTo = safeReturnPath(searchParams.get('kembali'));
  if (actionData && 'suspended' in actionData) return <Suspended {...actionData.suspended} />;
  return (
    <div className="narrow">
      <h1>{t('accounts.signIn.title')}</h1>
      <Notice />
      {returnTo !== '/' ? (
        <p className="notice" role="status">
          {t('accounts.signIn.required')}
        </p>
      ) : null}
      <AppForm schema={loginSchema} toInput={loginInput}>
        <input type="hidden" name="kembali" value={returnTo} />
        <Field name="email" type="email" label={t('accounts.signIn.email')} autoComplete="username" required />
        <Field name="password" type="password" label={t('accounts.signIn.password')} autoComplete="current-password" required />
        <button type="submit" className="button">
          {t('accounts.signIn.submit')}
        </button>
      </AppForm>
      <p>
        <Link to="/lupa-sandi">{t('accounts.signIn.forgot')}</Link>
      </p>
      <p>
        {t('accounts.signIn.noAccount')} <Link to="/daftar">{t('nav.register')}</Link>
      </p>
    </div>
  );
}
