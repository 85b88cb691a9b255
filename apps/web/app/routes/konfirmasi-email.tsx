import { AccountSecurityDocument, ConfirmEmailDocument, ResendEmailConfirmationDocument } from '@gotong/graphql-client';
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { useLoaderData, useSearchParams } from '@remix-run/react';
import { AppForm } from '~/components/form';
import { Notice } from '~/components/notice';
import { verifiedFormData } from '~/lib/csrf.server';
import { fromUserErrors, textOf } from '~/lib/forms';
import { failure } from '~/lib/forms.server';
import { graphql } from '~/lib/graphql.server';
import { useT } from '~/lib/i18n';
import { withNotice } from '~/lib/notice';
import { pageMeta } from '~/lib/meta';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'meta.confirmEmail');

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { viewer } = await graphql({ request, context }, AccountSecurityDocument);
  return { canResend: viewer ? !viewer.emailConfirmed : false };
}

/**
 * The link in the email opens this page; the confirmation itself is a POST (a button), because mail scanners and
 * link previews open links on their own. The resend form is here too, for a link that expired.
 */
export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await verifiedFormData(request);
  const intent = textOf(formData, 'intent');
  if (intent === 'resend') {
    const { resendEmailConfirmation } = await graphql({ request, context }, ResendEmailConfirmationDocument);
    if (resendEmailConfirmation.errors.length > 0) return failure(formData, fromUserErrors(resendEmailConfirmation.errors, intent));
    return redirect(withNotice('/konfirmasi-email', 'accounts.confirm.resent'));
  }
  const { confirmEmail } = await graphql({ request, context }, ConfirmEmailDocument, { input: { token: textOf(formData, 'token') ?? '' } });
  if (!confirmEmail.confirmed) {
    const refused = fromUserErrors(confirmEmail.errors, 'confirm');
    return failure(formData, { ...refused, formError: refused.formError ?? Object.values(refused.fieldErrors)[0], fieldErrors: {} });
  }
  return redirect(withNotice('/konfirmasi-email', 'accounts.confirm.done'));
}

export default function ConfirmEmail() {
  const t = useT();
  const [searchParams] = useSearchParams();
  const { canResend } = useLoaderData<typeof loader>();
  const token = searchParams.get('token');
  return (
    <div className="narrow">
      <h1>{t('accounts.confirm.title')}</h1>
      <Notice />
      {token ? (
        <AppForm intent="confirm">
          <p>{t('accounts.confirm.intro')}</p>
          <input type="hidden" name="token" value={token} />
          <button type="submit" className="button">
            {t('accounts.confirm.submit')}
          </button>
        </AppForm>
      ) : null}
      {!token && !canResend ? <p>{t('accounts.confirm.missingToken')}</p> : null}
      {canResend ? (
        <AppForm intent="resend">
          <p>{t('accounts.confirm.resendIntro')}</p>
          <button type="submit" className="button button-secondary">
            {t('accounts.confirm.resend')}
          </button>
        </AppForm>
      ) : null}
    </div>
  );
}
