import { createTransport } from 'nodemailer';
import type { AppServices } from '../../context.js';
import { now } from '../../core/clock.js';
import { gatherDigests } from './gather-digests.js';
import { sendDueEmails } from './send-emails.js';

export type EmailWorker = { stop(): Promise<void> };

type DigestPreparation = (services: AppServices, now: Date) => Promise<void>;
const digestPreparations: DigestPreparation[] = [];

/** Runs before each gathering of digests, e.g. to tell officers of overdue responses (registered by a module's index.ts). */
export function registerDigestPreparation(prepare: DigestPreparation): void {
  digestPreparations.push(prepare);
}

/**
 * Gathers due digests and sends queued emails every few seconds, in every API process (the queue's row claims keep
 * them from sending twice). Without SMTP_URL, emails wait in the queue until a process with SMTP starts.
 */
export function startEmailWorker(services: AppServices): EmailWorker {
  const { config, logger, orm } = services;
  const transport = config.smtpUrl ? createTransport(config.smtpUrl) : null;
  let running: Promise<void> | null = null;
  const stopping = new AbortController();
  const pass = async () => {
    try {
      for (const prepare of digestPreparations) await prepare(services, now());
      await gatherDigests(services, new Date());
      if (transport && !stopping.signal.aborted) await sendDueEmails(orm, transport, config.mailFrom, logger, new Date(), stopping.signal);
    } catch (error) {
      logger.error({ err: error }, 'email worker pass failed');
    }
  };
  const timer = setInterval(() => {
    if (stopping.signal.aborted || running) return;
    running = pass().finally(() => {
      running = null;
    });
  }, config.emailPollMilliseconds);
  timer.unref();
  return {
    /** Lets the email being sent finish; the rest of its batch goes back to the queue for another process. */
    async stop() {
      stopping.abort();
      clearInterval(timer);
      await running;
      transport?.close();
    },
  };
}
