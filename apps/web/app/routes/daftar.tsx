import { registerSchema } from '@gotong/domain';
import { RegisterDocument } from '@gotong/graphql-client';
import { redirect, type ActionFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link } from '@remix-run/react';
import { CheckboxField, Field } from '~/components/field';
import { AppForm } from '~/components/form';
import { verifiedFormData } from '~/lib/csrf.server';
import { fromUserErrors, textOf, validate } from '~/lib/forms';
import { failure } from '~/lib/forms.server';
import { graphql } from '~/lib/graphql.server';
import { useT, withElements } from '~/lib/i18n';
import { startSessionCookie } from '~/lib/session.server';
import { pageMeta } from '~/lib/meta';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'meta.register');

function registerInput(formData: FormData) {
  const password = formData.get('password');
  return {
    displayName: textOf(formData, 'displayName') ?? '',
    email: textOf(formData, 'email') ?? '',
    password: typeof password === 'string' ? password : '',
    acceptPrivacyPolicy: formData.get('acceptPrivacyPolicy') === 'on',
    consentToEmailNotifications: formData.get('consentToEmailNotifications') === 'on',
    consentToPublicProfile: formData.get('consentToPublicProfile') === 'on',
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await verifiedFormData(request);
  const parsed = validate(registerSchema, registerInput(formData));
  if (!parsed.data) return failure(formData, { fieldErrors: parsed.fieldErrors });
  const input = registerInput(formData);
  const { register } = await graphql({ request, context }, RegisterDocument, {
    input: { ...parsed.data, consentToEmailNotifications: input.consentToEmailNotifications, consentToPublicProfile: input.consentToPublicProfile },
  });
  if (!register.token) return failure(formData, fromUserErrors(register.errors));
  return redirect('/selamat-datang', { headers: { 'Set-Cookie': startSessionCookie(context, register.token) } });
}

export default function Register() {
  const t = useT();
  return (
    <div className="narrow">
      <h1>{t('accounts.register.title')}</h1>
      <p className="lead">{t('accounts.register.intro')}</p>
      <AppForm schema={registerSchema} toInput={registerInput}>
        <Field name="displayName" label={t('accounts.register.displayName')} hint={t('accounts.register.displayNameHint')} autoComplete="name" required />
        <Field name="email" type="email" label={t('accounts.register.email')} autoComplete="email" required />
        <Field name="password" type="password" label={t('accounts.register.password')} hint={t('accounts.register.passwordHint')} autoComplete="new-password" required />
        <CheckboxField
          name="acceptPrivacyPolicy"
          label={withElements(t('accounts.register.consent'), {
            policy: (
              <Link to="/privasi" target="_blank">
                {t('accounts.register.consentPolicy')}
              </Link>
            ),
          })}
        />
        <fieldset className="field">
          <legend>{t('accounts.register.optionalConsents')}</legend>
          <CheckboxField name="consentToEmailNotifications" label={t('accounts.register.consentEmail')} />
          <CheckboxField name="consentToPublicProfile" label={t('accounts.register.consentProfile')} />
        </fieldset>
        <button type="submit" className="button">
          {t('accounts.register.submit')}
        </button>
      </AppForm>
      <p>
        {t('accounts.register.haveAccount')} <Link to="/masuk">{t('nav.signIn')}</Link>
      </p>
    </div>
  );
}
