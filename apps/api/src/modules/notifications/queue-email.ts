import type { EntityManager } from '@mikro-orm/postgresql';
import { OutgoingEmail } from './outgoing-email.entity.js';

/** Puts an email in the queue inside the caller's transaction: it is sent only if that transaction commits. */
export function queueEmail(em: EntityManager, recipient: string, subject: string, text: string): void {
  const email = em.create(OutgoingEmail, { recipient, subject: subject.slice(0, 200), text });
  em.persist(email);
}
