import type { Locale } from '@gotong/domain';
import type { Context } from '../../context.js';
// The queue's one function, not the notifications module's index: that module builds on accounts.
import { queueEmail } from '../notifications/queue-email.js';
import type { User } from './user.entity.js';

type Mail = { subject: string; lines: string[] };

function link(context: Context, path: string, token: string): string {
  return `${context.services.config.publicOrigin}${path}?token=${encodeURIComponent(token)}`;
}

function send(context: Context, to: string, mail: Mail): void {
  queueEmail(context.em, to, mail.subject, mail.lines.join('\n'));
}

const texts = {
  id: {
    reset: (name: string, url: string): Mail => ({
      subject: 'Gotong: atur ulang kata sandi',
      lines: [
        `Halo ${name},`,
        '',
        'Seseorang (semoga Anda) meminta pengaturan ulang kata sandi akun Gotong Anda. Buka tautan ini dalam satu jam:',
        url,
        '',
        'Jika bukan Anda yang meminta, abaikan email ini: kata sandi Anda tidak berubah.',
      ],
    }),
    confirm: (name: string, url: string): Mail => ({
      subject: 'Gotong: konfirmasi alamat email Anda',
      lines: [`Halo ${name},`, '', 'Konfirmasikan alamat email ini untuk mulai mengusulkan gagasan, memberi suara dan berkomentar di Gotong:', url, '', 'Tautan berlaku 48 jam.'],
    }),
    change: (name: string, url: string): Mail => ({
      subject: 'Gotong: konfirmasi alamat email baru',
      lines: [`Halo ${name},`, '', 'Buka tautan ini dalam 24 jam untuk menjadikan alamat ini email akun Gotong Anda:', url, '', 'Jika bukan Anda yang meminta, abaikan email ini.'],
    }),
    changed: (name: string, address: string): Mail => ({
      subject: 'Gotong: email akun Anda telah diganti',
      lines: [`Halo ${name},`, '', `Email akun Gotong Anda kini ${address}.`, 'Jika bukan Anda yang menggantinya, segera hubungi pengelola Gotong.'],
    }),
  },
  en: {
    reset: (name: string, url: string): Mail => ({
      subject: 'Gotong: reset your password',
      lines: [`Hello ${name},`, '', 'Someone (hopefully you) asked to reset the password of your Gotong account. Open this link within one hour:', url, '', 'If it was not you, ignore this email: your password stays as it is.'],
    }),
    confirm: (name: string, url: string): Mail => ({
      subject: 'Gotong: confirm your email address',
      lines: [`Hello ${name},`, '', 'Confirm this email address to start proposing ideas, voting and commenting on Gotong:', url, '', 'The link is valid for 48 hours.'],
    }),
    change: (name: string, url: string): Mail => ({
      subject: 'Gotong: confirm your new email address',
      lines: [`Hello ${name},`, '', 'Open this link within 24 hours to make this address the email of your Gotong account:', url, '', 'If it was not you, ignore this email.'],
    }),
    changed: (name: string, address: string): Mail => ({
      subject: 'Gotong: the email of your account changed',
      lines: [`Hello ${name},`, '', `The email of your Gotong account is now ${address}.`, 'If you did not change it, contact the Gotong team at once.'],
    }),
  },
} satisfies Record<Locale, unknown>;

/** Account emails go through the notifications' email queue, in the person's language, with links to the web pages. */
export const accountEmails = {
  passwordReset(context: Context, user: User, token: string): void {
    send(context, user.email, texts[user.locale].reset(user.displayName, link(context, '/atur-ulang-sandi', token)));
  },
  emailConfirmation(context: Context, user: User, token: string): void {
    send(context, user.email, texts[user.locale].confirm(user.displayName, link(context, '/konfirmasi-email', token)));
  },
  emailChange(context: Context, user: User, newEmail: string, token: string): void {
    send(context, newEmail, texts[user.locale].change(user.displayName, link(context, '/konfirmasi-email', token)));
  },
  emailChanged(context: Context, user: User, oldEmail: string): void {
    send(context, oldEmail, texts[user.locale].changed(user.displayName, user.email));
  },
};
