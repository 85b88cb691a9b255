import { translatorFor, type Locale, type MessageKey, type MessageValues } from '@gotong/messages';
import type { EntityManager } from '@mikro-orm/postgresql';
import { OutgoingEmail } from './outgoing-email.entity.js';

type KindOfSubject<Key> = Key extends `email.${infer Kind}.subject` ? (`email.${Kind}.body` extends MessageKey ? Kind : never) : never;

/** A kind of email: the catalogue's `email.<kind>.subject` and `email.<kind>.body` (packages/messages/src/emails.ts). */
export type EmailKind = KindOfSubject<MessageKey>;

/** Who an email goes to, and the language it is written in (the person's own). */
export type EmailRecipient = { email: string; locale: Locale };

/**
 * Puts an email in the queue inside the caller's transaction (it is sent only if that transaction commits), its
 * subject and body rendered from the catalogue in the recipient's language.
 */
export function queueEmail(em: EntityManager, recipient: EmailRecipient, kind: EmailKind, values: MessageValues): void {
  const t = translatorFor(recipient.locale);
  const email = em.create(OutgoingEmail, { recipient: recipient.email, subject: t(`email.${kind}.subject`, values).slice(0, 200), text: t(`email.${kind}.body`, values) });
  em.persist(email);
}
