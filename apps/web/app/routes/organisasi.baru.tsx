import { createOrganizationSchema, organizationKinds } from '@gotong/domain';
import { CreateOrganizationDocument } from '@gotong/graphql-client';
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Field } from '~/components/field';
import { TimeZoneField } from '~/components/organizations/time-zone-field';
import { AppForm } from '~/components/form';
import { verifiedFormData } from '~/lib/csrf.server';
import { fromUserErrors, textOf, validate } from '~/lib/forms';
import { failure } from '~/lib/forms.server';
import { graphql } from '~/lib/graphql.server';
import { useT } from '~/lib/i18n';
import { withNotice } from '~/lib/notice';
import { requireViewer } from '~/lib/viewer.server';
import { pageMeta } from '~/lib/meta';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'meta.newOrganization');

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireViewer({ request, context });
  return null;
}

function organizationInput(formData: FormData) {
  return {
    name: textOf(formData, 'name') ?? '',
    kind: textOf(formData, 'kind') ?? '',
    description: textOf(formData, 'description'),
    website: textOf(formData, 'website'),
    slug: textOf(formData, 'slug'),
    timeZone: textOf(formData, 'timeZone'),
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await verifiedFormData(request);
  const parsed = validate(createOrganizationSchema, organizationInput(formData));
  if (!parsed.data) return failure(formData, { fieldErrors: parsed.fieldErrors });
  const { createOrganization } = await graphql({ request, context }, CreateOrganizationDocument, { input: parsed.data });
  if (!createOrganization.organization) return failure(formData, fromUserErrors(createOrganization.errors));
  return redirect(withNotice(`/organisasi/${createOrganization.organization.slug}`, 'organizations.create.done'));
}

export default function CreateOrganization() {
  const t = useT();
  return (
    <div className="narrow">
      <h1>{t('organizations.create.title')}</h1>
      <p className="lead">{t('organizations.create.intro')}</p>
      <AppForm schema={createOrganizationSchema} toInput={organizationInput}>
        <Field name="name" label={t('organizations.create.name')} required />
        <Field name="kind" label={t('organizations.create.kind')} defaultValue="">
          {(control) => (
            <select {...control} required>
              <option value="" disabled>
                —
              </option>
              {organizationKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`organizations.kind.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="description" label={t('organizations.create.description')} optional>
          {(control) => <textarea rows={5} {...control} />}
        </Field>
        <Field name="website" type="url" label={t('organizations.create.website')} hint={t('organizations.create.websiteHint')} optional inputMode="url" />
        <Field name="slug" label={t('organizations.create.slug')} hint={t('organizations.create.slugHint')} optional />
        <TimeZoneField />
        <button type="submit" className="button">
          {t('organizations.create.submit')}
        </button>
      </AppForm>
    </div>
  );
}
