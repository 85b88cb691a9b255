import { NotificationSettingsDocument, UpdateNotificationSettingsDocument, type NotificationDelivery, type NotificationKind } from '@gotong/graphql-client';
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, useActionData, useLoaderData } from '@remix-run/react';
import { CsrfField } from '~/components/form';
import { Notice } from '~/components/notice';
import { verifiedFormData } from '~/lib/csrf.server';
import { fromUserErrors } from '~/lib/forms';
import { failure } from '~/lib/forms.server';
import { graphql } from '~/lib/graphql.server';
import { useT } from '~/lib/i18n';
import { withNotice } from '~/lib/notice';
import { requireViewer } from '~/lib/viewer.server';
import { pageMeta } from '~/lib/meta';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'meta.notificationSettings');

const deliveries: NotificationDelivery[] = ['OFF', 'IN_APP', 'EMAIL_AT_ONCE', 'DAILY_DIGEST', 'WEEKLY_DIGEST'];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireViewer({ request, context });
  const { notificationSettings } = await graphql({ request, context }, NotificationSettingsDocument);
  return { settings: notificationSettings };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await verifiedFormData(request);
  const { notificationSettings } = await graphql({ request, context }, NotificationSettingsDocument);
  const settings = notificationSettings.flatMap(({ kind }) => {
    const delivery = formData.get(kind);
    return typeof delivery === 'string' && (deliveries as string[]).includes(delivery) ? [{ kind, delivery: delivery as NotificationDelivery }] : [];
  });
  const { updateNotificationSettings } = await graphql({ request, context }, UpdateNotificationSettingsDocument, { input: { settings } });
  if (updateNotificationSettings.errors.length > 0) return failure(formData, fromUserErrors(updateNotificationSettings.errors));
  return redirect(withNotice('/notifikasi/pengaturan', 'notifications.settingsSaved'));
}

export default function NotificationSettings() {
  const t = useT();
  const { settings } = useLoaderData<typeof loader>();
  const failed = useActionData<typeof action>();
  const chosen = (kind: NotificationKind, saved: NotificationDelivery) => failed?.values?.[kind] ?? saved;
  return (
    <section className="narrow" aria-labelledby="settings-title">
      <h1 id="settings-title">{t('notifications.settings')}</h1>
      <Notice />
      <p>{t('notifications.settingsIntro')}</p>
      {failed?.formError || failed?.fieldErrors.settings ? <p role="alert">{t(failed.formError ?? failed.fieldErrors.settings)}</p> : null}
      <Form method="post">
        <CsrfField />
        {settings.map(({ kind, delivery }) => (
          <p key={kind} className="field">
            <label htmlFor={`setting-${kind}`}>{t(`notificationSetting.${kind}`)}</label>
            <select id={`setting-${kind}`} name={kind} defaultValue={chosen(kind, delivery)}>
              {deliveries.map((option) => (
                <option key={option} value={option}>
                  {t(`notificationDelivery.${option}`)}
                </option>
              ))}
            </select>
          </p>
        ))}
        <button type="submit" className="button">
          {t('notifications.save')}
        </button>
      </Form>
    </section>
  );
}
