import { ModerationSettingsDocument, UpdateModerationSettingsDocument } from '@gotong/graphql-client';
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { z } from 'zod';
import { ErrorPage } from '~/components/error-page';
import { Field } from '~/components/field';
import { AppForm } from '~/components/form';
import { Notice } from '~/components/notice';
import { verifiedFormData } from '~/lib/csrf.server';
import { fromUserErrors, textOf, validate } from '~/lib/forms';
import { failure } from '~/lib/forms.server';
import { graphql } from '~/lib/graphql.server';
import { useT, type MessageKey } from '~/lib/i18n';
import { withNotice } from '~/lib/notice';
import { requirePlatformAdmin } from '~/lib/viewer.server';
import { pageMeta } from '~/lib/meta';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'meta.admin');

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requirePlatformAdmin({ request, context });
  const { moderationSettings } = await graphql({ request, context }, ModerationSettingsDocument, {});
  return { moderationSettings };
}

const settingsSchema = z.object({ reportThreshold: z.coerce.number().int().min(1).max(100) });

function settingsInput(formData: FormData) {
  return { reportThreshold: textOf(formData, 'reportThreshold') ?? '' };
}

export async function action({ request, context }: ActionFunctionArgs) {
  await requirePlatformAdmin({ request, context });
  const formData = await verifiedFormData(request);
  const parsed = validate(settingsSchema, settingsInput(formData));
  if (!parsed.data) return failure(formData, { intent: 'moderation-settings', fieldErrors: parsed.fieldErrors });
  const { updateModerationSettings } = await graphql({ request, context }, UpdateModerationSettingsDocument, { input: parsed.data });
  if (updateModerationSettings.errors.length) return failure(formData, fromUserErrors(updateModerationSettings.errors, 'moderation-settings'));
  return redirect(withNotice('/admin', 'moderation.settings.saved'));
}

const pages: { to: string; title: MessageKey; hint: MessageKey }[] = [
  { to: '/admin/verifikasi', title: 'admin.verification', hint: 'admin.verificationHint' },
  { to: '/admin/peran', title: 'admin.roles', hint: 'admin.rolesHint' },
  { to: '/admin/audit', title: 'admin.audit', hint: 'admin.auditHint' },
  { to: '/moderasi/log', title: 'admin.moderationLog', hint: 'admin.moderationLogHint' },
  { to: '/admin/hari-libur', title: 'responses.daysOff.link', hint: 'responses.daysOff.hint' },
];

export default function AdministrationHome() {
  const t = useT();
  const { moderationSettings } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t('admin.title')}</h1>
      <p className="lead">{t('admin.intro')}</p>
      <Notice />
      <ul className="card-list">
        {pages.map((page) => (
          <li key={page.to} className="card">
            <h2 className="card-title">
              <Link to={page.to}>{t(page.title)}</Link>
            </h2>
            <p className="card-text">{t(page.hint)}</p>
          </li>
        ))}
      </ul>
      <section aria-labelledby="moderation-settings-title">
        <h2 id="moderation-settings-title">{t('moderation.settings.title')}</h2>
        <AppForm intent="moderation-settings" schema={settingsSchema} toInput={settingsInput}>
          <Field
            name="reportThreshold"
            type="number"
            inputMode="numeric"
            min={1}
            max={100}
            label={t('moderation.settings.threshold')}
            hint={t('moderation.settings.thresholdHint')}
            defaultValue={String(moderationSettings.reportThreshold)}
            required
          />
          <button type="submit" className="button">
            {t('moderation.settings.save')}
          </button>
        </AppForm>
      </section>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
