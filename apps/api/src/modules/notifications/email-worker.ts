import { createTransport } from 'nodemailer';
import type { AppServices } from '../../context.js';
import { gatherDigests } from './gather-digests.js';
import { sendDueEmails } from './send-emails.js';

export type EmailWorker = { stop(): Promise<void> };

/**
 * Gathers due digests and sends queued emails every few seconds, in every API process (the queue's row claims keep
 * them from sending twice). Without SMTP_URL, emails wait in the queue until a process with SMTP starts.
 */
export function startEmailWorker(services: AppServices): EmailWorker {
  const { config, logger, orm } = services;
  const transport = config.smtpUrl ? createTransport(config.smtpUrl) : null;
  let running: Promise<void> | null = null;
  let stopped = false;
  const pass = async () => {
    try {
      await gatherDigests(orm, new Date());
      if (transport) await sendDueEmails(orm, transport, config.mailFrom, logger);
    } catch (error) {
      logger.error({ err: error }, 'email worker pass failed');
    }
  };
  const timer = setInterval(() => {
    if (stopped || running) return;
    running = pass().finally(() => {
      running = null;
    });
  }, config.emailPollMilliseconds);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
      transport?.close();
    },
  };
}
