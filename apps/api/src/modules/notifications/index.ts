import { registerNode } from '../../core/node.js';
import { onConsentWithdrawn } from '../accounts/index.js';
import { onAccountDeletion, registerPersonalDataExporter } from '../privacy/personal-data.js';
import { findOwnNotification } from './find-notification.js';
import { emailDeliveries } from './notification-kinds.js';
import './notification-rules.js';
import { NotificationSetting } from './notification-setting.entity.js';
import { Notification } from './notification.entity.js';
import { NotificationResolver } from './notification.resolver.js';
import { OutgoingEmail } from './outgoing-email.entity.js';
import { ViewerNotificationsResolver } from './viewer-notifications.resolver.js';

export { startEmailWorker } from './email-worker.js';

registerNode({ typeName: 'Notification', entity: Notification, load: findOwnNotification });

registerPersonalDataExporter('notificationSettings', async (em, userId) =>
  (await em.find(NotificationSetting, { user: userId })).map(({ kind, delivery }) => ({ kind, delivery })),
);

registerPersonalDataExporter('notifications', async (em, userId) =>
  (await em.find(Notification, { recipient: userId }, { orderBy: { createdAt: 'asc' } })).map(({ kind, title, text, quote, createdAt, readAt }) => ({ kind, title, text, quote, createdAt, readAt })),
);
/** A deleted account is told nothing more. */
onAccountDeletion(async (em, userId) => {
  await em.nativeDelete(Notification, { recipient: userId });
  await em.nativeDelete(NotificationSetting, { user: userId });
});

/** Withdrawing consent to emails: every kind back to in-app only, and nothing already waiting for a digest is mailed. */
onConsentWithdrawn('EMAIL_NOTIFICATIONS', async (em, userId) => {
  await em.nativeDelete(NotificationSetting, { user: userId, delivery: { $in: [...emailDeliveries] } });
  await em.nativeUpdate(Notification, { recipient: userId, emailedAt: null, emailDueAt: { $ne: null } }, { emailDueAt: null });
});

export const notificationsModule = {
  entities: [Notification, NotificationSetting, OutgoingEmail],
  resolvers: [NotificationResolver, ViewerNotificationsResolver] as const,
};

export { notify } from './notify.js';
export { NotificationKind } from './notification-kinds.js';
export { registerDigestPreparation } from './email-worker.js';
