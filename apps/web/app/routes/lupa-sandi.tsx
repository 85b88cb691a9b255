import { requestPasswordResetSchema } from '@gotong/domain';
import { RequestPasswordResetDocument } from '@gotong/graphql-client';
import { redirect, type ActionFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link } from '@remix-run/react';
import { Field } from '~/components/field';
import { AppForm } from '~/components/form';
import { Notice } from '~/components/notice';
import { verifiedFormData } from '~/lib/csrf.server';
import { fromUserErrors, textOf, validate } from '~/lib/forms';
import { failure } from '~/lib/forms.server';
import { graphql } from '~/lib/graphql.server';
import { useT } from '~/lib/i18n';
import { withNotice } from '~/lib/notice';
import { pageMeta } from '~/lib/meta';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'meta.forgotPassword');

function resetRequestInput(formData: FormData) {
  return { email: textOf(formData, 'email') ?? '' };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await verifiedFormData(request);
  const parsed = validate(requestPasswordResetSchema, resetRequestInput(formData));
  if (!parsed.data) return failure(formData, { fieldErrors: parsed.fieldErrors });
  const { requestPasswordReset } = await graphql({ request, context }, RequestPasswordResetDocument, { input: parsed.data });
  if (requestPasswordReset.errors.length > 0) return failure(formData, fromUserErrors(requestPasswordReset.errors));
  return redirect(withNotice('/lupa-sandi', 'accounts.forgot.sent'));
}

export default function ForgotPassword() {
  const t = useT();
  return (
    <div className="narrow">
      <h1>{t('accounts.forgot.title')}</h1>
      <Notice />
      <p className="lead">{t('accounts.forgot.intro')}</p>
      <AppForm schema={requestPasswordResetSchema} toInput={resetRequestInput}>
        <Field name="email" type="email" label={t('accounts.forgot.email')} autoComplete="email" required />
        <button type="submit" className="button">
          {t('accounts.forgot.submit')}
        </button>
      </AppForm>
      <p>
        <Link to="/masuk">{t('accounts.forgot.backToSignIn')}</Link>
      </p>
    </div>
  );
}
