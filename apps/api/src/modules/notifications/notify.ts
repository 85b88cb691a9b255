import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import type { Context } from '../../context.js';
import { publish } from '../../core/events.js';
import { Topic } from '../../core/pubsub.js';
import { User } from '../accounts/user.entity.js';
import { defaultDelivery, digestDueAt, NotificationDelivery, type NotificationKind } from './notification-kinds.js';
import { NotificationSetting } from './notification-setting.entity.js';
import { queueNotificationEmail } from './notifications.emails.js';
import { recipientsWhoMaySee } from './recipients-who-may-see.js';

export type NotificationDraft = {
  recipientIds: string[];
  kind: NotificationKind;
  actorId: string | null;
  subjectType: string;
  subjectId: string;
  title: string;
  text?: string | null;
  quote?: string | null;
  /** Makes the notification once-only for a recipient (e.g. per vote milestone). */
  dedupeKey?: (recipientId: string) => string;
  /** What a recipient must be allowed to see to be told (the subject unless said, e.g. the comment a notification quotes). */
  about?: { typeName: string; id: string };
};

async function deliveries(em: EntityManager, userIds: string[], kind: NotificationKind): Promise<Map<string, NotificationDelivery>> {
  const settings = await em.find(NotificationSetting, { user: { $in: userIds }, kind });
  const chosen = new Map(settings.map((setting) => [setting.user.id, setting.delivery]));
  return new Map(userIds.map((id) => [id, chosen.get(id) ?? defaultDelivery]));
}

/** Recipients per statement: 13 parameters each stays well under PostgreSQL's 65,535. */
const batchSize = 1000;

/**
 * Tells people about something, each as their settings say (never the person who caused it), in one transaction per
 * batch of recipients with the emails to send at once; then live to their open notification centres.
 */
export async function notify(context: Context, draft: NotificationDraft): Promise<void> {
  const recipientIds = [...new Set(draft.recipientIds)].filter((id) => id !== draft.actorId);
  for (let start = 0; start < recipientIds.length; start += batchSize) {
    await notifyBatch(context, draft, recipientIds.slice(start, start + batchSize));
  }
}

async function notifyBatch(context: Context, draft: NotificationDraft, recipientIds: string[]): Promise<void> {
  const em = context.services.orm.em.fork() as EntityManager;
  const chosen = await deliveries(em, recipientIds, draft.kind);
  const wanting = recipientIds.filter((id) => chosen.get(id) !== NotificationDelivery.OFF);
  const receiving = await recipientsWhoMaySee(context, em, draft.about ?? { typeName: draft.subjectType, id: draft.subjectId }, wanting);
  if (receiving.length === 0) return;
  const now = new Date();
  const text = draft.text?.slice(0, 300) ?? null;
  const quote = draft.quote?.slice(0, 300) ?? null;
  const created = await em.transactional(async (transaction) => {
    const values = receiving.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ');
    const parameters = receiving.flatMap((recipientId) => [
      randomUUID(), now, now, recipientId, draft.kind, draft.actorId, draft.subjectType, draft.subjectId,
      draft.title.slice(0, 200), text, quote, draft.dedupeKey?.(recipientId) ?? null, digestDueAt(chosen.get(recipientId)!, now),
    ]);
    const rows: { id: string; recipient_id: string }[] = await transaction.execute(
      `insert into notifications (id, created_at, updated_at, recipient_id, kind, actor_id, subject_type, subject_id, title, text, quote, dedupe_key, email_due_at)
       values ${values} on conflict (dedupe_key) do nothing returning id, recipient_id`,
      parameters,
    );
    const emailedAtOnce = rows.filter((row) => chosen.get(row.recipient_id) === NotificationDelivery.EMAIL_AT_ONCE);
    if (emailedAtOnce.length > 0) {
      const ids = [...emailedAtOnce.map((row) => row.recipient_id), ...(draft.actorId ? [draft.actorId] : [])];
      const people = new Map((await transaction.find(User, { id: { $in: ids } })).map((user) => [user.id, user]));
      const actorName = draft.actorId ? (people.get(draft.actorId)?.displayName ?? null) : null;
      for (const row of emailedAtOnce) {
        const recipient = people.get(row.recipient_id);
        if (!recipient || recipient.deletedAt) continue;
        queueNotificationEmail(transaction, recipient, { kind: draft.kind, title: draft.title, text, actorName, quote }, context.services.config.publicOrigin);
      }
      await transaction.execute(`update notifications set emailed_at = ? where id in (${emailedAtOnce.map(() => '?').join(', ')})`, [
        now,
        ...emailedAtOnce.map((row) => row.id),
      ]);
    }
    return rows;
  });
  for (const row of created) await publish(context, Topic.NotificationAdded, { notificationId: row.id, recipientId: row.recipient_id });
}
