import { resetPasswordSchema } from '@gotong/domain';
import { ResetPasswordDocument } from '@gotong/graphql-client';
import { redirect, type ActionFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useSearchParams } from '@remix-run/react';
import { Field } from '~/components/field';
import { AppForm } from '~/components/form';
import { verifiedFormData } from '~/lib/csrf.server';
import { fromUserErrors, textOf, validate } from '~/lib/forms';
import { failure } from '~/lib/forms.server';
import { graphql } from '~/lib/graphql.server';
import { useT } from '~/lib/i18n';
import { withNotice } from '~/lib/notice';
import { endSessionCookie } from '~/lib/session.server';
import { pageMeta } from '~/lib/meta';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'meta.resetPassword');

function resetInput(formData: FormData) {
  const newPassword = formData.get('newPassword');
  return { email: textOf(formData, 'email') ?? '', token: textOf(formData, 'token') ?? '', newPassword: typeof newPassword === 'string' ? newPassword : '' };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await verifiedFormData(request);
  const parsed = validate(resetPasswordSchema, resetInput(formData));
  if (!parsed.data) return failure(formData, { fieldErrors: parsed.fieldErrors });
  const { resetPassword } = await graphql({ request, context }, ResetPasswordDocument, { input: parsed.data });
  if (!resetPassword.reset) {
    // The token is a hidden field: its error goes above the form, with the link to ask again.
    const refused = fromUserErrors(resetPassword.errors);
    const tokenError = refused.fieldErrors.token;
    delete refused.fieldErrors.token;
    return failure(formData, { ...refused, formError: refused.formError ?? tokenError });
  }
  // Every session of the account ended, this browser's too.
  return redirect(withNotice('/masuk', 'accounts.reset.done'), { headers: { 'Set-Cookie': endSessionCookie(context) } });
}

export default function ResetPassword() {
  const t = useT();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  return (
    <div className="narrow">
      <h1>{t('accounts.reset.title')}</h1>
      {token ? (
        <>
          <p className="lead">{t('accounts.reset.intro')}</p>
          <AppForm schema={resetPasswordSchema} toInput={resetInput}>
            <input type="hidden" name="token" value={token} />
            <Field name="email" type="email" label={t('accounts.reset.email')} autoComplete="username" required />
            <Field name="newPassword" type="password" label={t('accounts.reset.newPassword')} hint={t('accounts.register.passwordHint')} autoComplete="new-password" required />
            <button type="submit" className="button">
              {t('accounts.reset.submit')}
            </button>
          </AppForm>
        </>
      ) : (
        <p role="alert">{t('accounts.reset.missingToken')}</p>
      )}
      <p>
        <Link to="/lupa-sandi">{t('accounts.reset.askAgain')}</Link>
      </p>
    </div>
  );
}
