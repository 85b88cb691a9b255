import { updateOrganizationSchema } from '@gotong/domain';
import { z } from 'zod';
import { OrganizationPageDocument, OrganizationResponseRecordDocument, UpdateOrganizationDocument, UpdateResponseDurationsDocument } from '@gotong/graphql-client';
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { ErrorPage } from '~/components/error-page';
import { Field } from '~/components/field';
import { AppForm } from '~/components/form';
import { Notice } from '~/components/notice';
import { TimeZoneField } from '~/components/organizations/time-zone-field';
import { verifiedFormData } from '~/lib/csrf.server';
import { fromUserErrors, textOf, validate } from '~/lib/forms';
import { failure } from '~/lib/forms.server';
import { graphql, notFound } from '~/lib/graphql.server';
import { useT } from '~/lib/i18n';
import { withNotice } from '~/lib/notice';
import { requireViewer } from '~/lib/viewer.server';
import { pageMeta } from '~/lib/meta';

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageMeta(matches, data ? { key: 'meta.organizationSettings', values: { name: data.organization.name } } : 'meta.notFound');

/** The organisation, for its owners and admins only (others get the 403 page; the API refuses them too). */
async function organizationToUpdate(args: LoaderFunctionArgs | ActionFunctionArgs) {
  await requireViewer(args);
  const { organization } = await graphql(args, OrganizationPageDocument, { slug: args.params.slug ?? '' });
  if (!organization) throw notFound();
  if (!organization.viewerCanUpdate) throw new Response('Forbidden', { status: 403 });
  return organization;
}

export async function loader(args: LoaderFunctionArgs) {
  const organization = await organizationToUpdate(args);
  const responses = organization.kind === 'AGENCY' ? (await graphql(args, OrganizationResponseRecordDocument, { slug: organization.slug })).organization : null;
  return { organization, durations: responses?.viewerCanConfigureResponses ? responses.responseDurations : null };
}

const durationNames = ['acknowledgeDays', 'replyDays', 'resolveDays', 'fieldCheckDays'] as const;
const workingDays = z.coerce.number({ message: 'invalid' }).int('invalid').min(1, 'invalid').max(250, 'invalid');
const durationsSchema = z.object({ acknowledgeDays: workingDays, replyDays: workingDays, resolveDays: workingDays, fieldCheckDays: workingDays });

function durationsInput(formData: FormData) {
  return Object.fromEntries(durationNames.map((name) => [name, textOf(formData, name) ?? ''])) as Record<(typeof durationNames)[number], string>;
}

function settingsInput(formData: FormData) {
  return {
    name: textOf(formData, 'name') ?? '',
    description: textOf(formData, 'description') ?? '',
    website: textOf(formData, 'website') ?? '',
    timeZone: textOf(formData, 'timeZone') ?? '',
  };
}

export async function action(args: ActionFunctionArgs) {
  const formData = await verifiedFormData(args.request);
  const organization = await organizationToUpdate(args);
  if (formData.get('intent') === 'durations') {
    const durations = validate(durationsSchema, durationsInput(formData));
    if (!durations.data) return failure(formData, { intent: 'durations', fieldErrors: durations.fieldErrors });
    const { updateResponseDurations } = await graphql(args, UpdateResponseDurationsDocument, { input: { organizationId: organization.id, ...durations.data } });
    if (updateResponseDurations.errors.length) return failure(formData, fromUserErrors(updateResponseDurations.errors, 'durations'));
    return redirect(withNotice(`/organisasi/${organization.slug}/pengaturan`, 'responses.durations.saved'));
  }
  const parsed = validate(updateOrganizationSchema, settingsInput(formData));
  if (!parsed.data) return failure(formData, { fieldErrors: parsed.fieldErrors });
  const { updateOrganization } = await graphql(args, UpdateOrganizationDocument, { input: { organizationId: organization.id, ...parsed.data } });
  if (!updateOrganization.organization) return failure(formData, fromUserErrors(updateOrganization.errors));
  return redirect(withNotice(`/organisasi/${organization.slug}`, 'organizations.settings.done'));
}

export default function OrganizationSettings() {
  const t = useT();
  const { organization, durations } = useLoaderData<typeof loader>();
  return (
    <div className="narrow">
      <Notice />
      <p className="eyebrow">
        <Link to={`/organisasi/${organization.slug}`}>{organization.name}</Link>
      </p>
      <h1>{t('organizations.settings.title')}</h1>
      <AppForm schema={updateOrganizationSchema} toInput={settingsInput}>
        <Field name="name" label={t('organizations.create.name')} defaultValue={organization.name} required />
        <Field name="description" label={t('organizations.create.description')} optional defaultValue={organization.description}>
          {(control) => <textarea rows={5} {...control} />}
        </Field>
        <Field name="website" type="url" label={t('organizations.create.website')} hint={t('organizations.create.websiteHint')} optional inputMode="url" defaultValue={organization.website ?? ''} />
        <TimeZoneField defaultValue={organization.timeZone} />
        <button type="submit" className="button">
          {t('organizations.settings.submit')}
        </button>
      </AppForm>
      {durations ? (
        <section aria-labelledby="durations-title" className="section">
          <h2 id="durations-title">{t('responses.durations.title')}</h2>
          <AppForm intent="durations" schema={durationsSchema} toInput={durationsInput}>
            {durationNames.map((name) => (
              <Field key={name} name={name} type="number" inputMode="numeric" min={1} max={250} label={t(`responses.durations.${name}`)} defaultValue={String(durations[name])} required />
            ))}
            <button type="submit" className="button">
              {t('responses.durations.submit')}
            </button>
          </AppForm>
        </section>
      ) : null}
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
