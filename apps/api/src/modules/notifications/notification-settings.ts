import { randomUUID } from 'node:crypto';
import type { Context } from '../../context.js';
import { requireViewer } from '../../core/authorization.js';
import { UserErrorCode, UserErrorException, userError } from '../../core/user-error.js';
import { recordConsent } from '../accounts/index.js';
import { defaultDelivery, emailDeliveries, NotificationKind } from './notification-kinds.js';
import { NotificationSetting } from './notification-setting.entity.js';
import type { NotificationSettingType, UpdateNotificationSettingsInput } from './notification.type.js';

/** Every kind with the viewer's chosen delivery, or the default. */
export async function notificationSettings(context: Context): Promise<NotificationSettingType[]> {
  const viewer = requireViewer(context);
  const chosen = new Map((await context.em.find(NotificationSetting, { user: viewer.id })).map((setting) => [setting.kind, setting.delivery]));
  return Object.values(NotificationKind).map((kind) => ({ kind, delivery: chosen.get(kind) ?? defaultDelivery }));
}

/** Saves the deliveries given (an upsert per kind on the unique (user, kind)); other kinds stay as they were. */
export async function updateNotificationSettings(context: Context, input: UpdateNotificationSettingsInput): Promise<NotificationSettingType[]> {
  const viewer = requireViewer(context);
  const kinds = input.settings.map((setting) => setting.kind);
  if (new Set(kinds).size !== kinds.length) {
    throw new UserErrorException(userError(UserErrorCode.INVALID, { key: 'error.kindRepeated' }, 'input.settings'));
  }
  if (input.settings.length > 0) {
    // Asking for a kind by email is the person's explicit consent to notification emails; it goes in the ledger.
    if (input.settings.some(({ delivery }) => emailDeliveries.includes(delivery))) await recordConsent(context, viewer.id, 'EMAIL_NOTIFICATIONS', true);
    const now = new Date();
    await context.em.execute(
      `insert into notification_settings (id, created_at, updated_at, user_id, kind, delivery)
       values ${input.settings.map(() => '(?, ?, ?, ?, ?, ?)').join(', ')}
       on conflict (user_id, kind) do update set delivery = excluded.delivery, updated_at = excluded.updated_at`,
      input.settings.flatMap(({ kind, delivery }) => [randomUUID(), now, now, viewer.id, kind, delivery]),
    );
  }
  return notificationSettings(context);
}
