import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Transporter } from 'nodemailer';
import type { Logger } from '../../core/logger.js';
import { OutgoingEmailStatus } from './outgoing-email.entity.js';

/** How long a claimed email is left to its sender before another pass may try it again. */
const claimMilliseconds = 5 * 60 * 1000;
const maxAttempts = 8;
const batchSize = 20;

/** 2 s, 4 s, 8 s ... up to an hour between attempts. */
export function retryDelayMilliseconds(attempts: number): number {
  return Math.min(60 * 60 * 1000, 1000 * 2 ** attempts);
}

type ClaimedEmail = { id: string; recipient: string; subject: string; text: string; attempts: number };

/**
 * Sends the emails that are due. Each is claimed first in a short transaction (SKIP LOCKED, next attempt moved
 * ahead), then sent outside any transaction, then marked SENT or given a later attempt; after maxAttempts, FAILED.
 */
export async function sendDueEmails(orm: MikroORM, transport: Transporter, from: string, logger: Logger, now = new Date(), stop?: AbortSignal): Promise<number> {
  const em = orm.em.fork() as EntityManager;
  const claimed: ClaimedEmail[] = await em.transactional((transaction) =>
    transaction.execute(
      `update outgoing_emails set next_attempt_at = ?, attempts = attempts + 1, updated_at = ?
       where id in (select id from outgoing_emails where status = ? and next_attempt_at <= ? order by next_attempt_at limit ${batchSize} for update skip locked)
       returning id, recipient, subject, text, attempts`,
      [new Date(now.getTime() + claimMilliseconds), now, OutgoingEmailStatus.PENDING, now],
    ),
  );
  let sent = 0;
  for (const [index, email] of claimed.entries()) {
    if (stop?.aborted) {
      await releaseClaims(em, claimed.slice(index));
      break;
    }
    try {
      await transport.sendMail({ from, to: email.recipient, subject: email.subject, text: email.text });
      await em.execute(`update outgoing_emails set status = ?, sent_at = ?, updated_at = ? where id = ?`, [OutgoingEmailStatus.SENT, new Date(), new Date(), email.id]);
      sent += 1;
    } catch (error) {
      const failed = email.attempts >= maxAttempts;
      logger.warn({ err: error, emailId: email.id, attempts: email.attempts }, failed ? 'email given up' : 'email will be retried');
      await em.execute(`update outgoing_emails set status = ?, next_attempt_at = ?, last_error = ?, updated_at = ? where id = ?`, [
        failed ? OutgoingEmailStatus.FAILED : OutgoingEmailStatus.PENDING,
        new Date(Date.now() + retryDelayMilliseconds(email.attempts)),
        String(error instanceof Error ? error.message : error).slice(0, 500),
        new Date(),
        email.id,
      ]);
    }
  }
  return sent;
}

/** Puts claimed emails that were not tried back in the queue, due at once and without the attempt counted. */
async function releaseClaims(em: EntityManager, emails: ClaimedEmail[]): Promise<void> {
  await em.execute(`update outgoing_emails set next_attempt_at = ?, attempts = attempts - 1, updated_at = ? where id in (${emails.map(() => '?').join(', ')})`, [
    new Date(),
    new Date(),
    ...emails.map((email) => email.id),
  ]);
}
