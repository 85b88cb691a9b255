import { notificationSentence, translatorFor, type NotificationFacts } from '@gotong/messages';
import type { EntityManager } from '@mikro-orm/postgresql';
import { queueEmail, type EmailRecipient } from './queue-email.js';

export type EmailedNotification = NotificationFacts & { quote: string | null };

/** Where an email sends its reader: the notification centre. */
function notificationCentre(publicOrigin: string): string {
  return new URL('/notifikasi', publicOrigin).href;
}

/** One notification emailed at once, worded as the web words it, in the recipient's language. */
export function queueNotificationEmail(em: EntityManager, recipient: EmailRecipient, notification: EmailedNotification, publicOrigin: string): void {
  const sentence = notificationSentence(translatorFor(recipient.locale), notification);
  const url = notificationCentre(publicOrigin);
  if (notification.quote) queueEmail(em, recipient, 'quotedNotification', { sentence, quote: notification.quote, url });
  else queueEmail(em, recipient, 'notification', { sentence, url });
}

/** A digest: one email listing a person's due notifications, oldest first. */
export function queueDigestEmail(em: EntityManager, recipient: EmailRecipient, notifications: EmailedNotification[], publicOrigin: string): void {
  const t = translatorFor(recipient.locale);
  const items = notifications.map((notification) => {
    const sentence = notificationSentence(t, notification);
    return notification.quote ? t('email.digest.quotedItem', { sentence, quote: notification.quote }) : t('email.digest.item', { sentence });
  });
  queueEmail(em, recipient, 'digest', { count: notifications.length, items: items.join('\n'), url: notificationCentre(publicOrigin) });
}
