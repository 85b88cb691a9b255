import type { Context } from '../../context.js';
// The queue's one function, not the notifications module's index: that module builds on accounts.
import { queueEmail } from '../notifications/queue-email.js';
import type { User } from './user.entity.js';

/** A page of the web app with the account token in its address. */
function link(context: Context, path: string, token: string): string {
  const url = new URL(path, context.services.config.publicOrigin);
  url.searchParams.set('token', token);
  return url.href;
}

/** Account emails go through the notifications' email queue, in the person's language, with links to the web pages. */
export const accountEmails = {
  passwordReset(context: Context, user: User, token: string): void {
    queueEmail(context.em, user, 'passwordReset', { name: user.displayName, url: link(context, '/atur-ulang-sandi', token) });
  },
  emailConfirmation(context: Context, user: User, token: string): void {
    queueEmail(context.em, user, 'emailConfirmation', { name: user.displayName, url: link(context, '/konfirmasi-email', token) });
  },
  emailChange(context: Context, user: User, newEmail: string, token: string): void {
    queueEmail(context.em, { email: newEmail, locale: user.locale }, 'emailChange', { name: user.displayName, url: link(context, '/konfirmasi-email', token) });
  },
  emailChanged(context: Context, user: User, oldEmail: string): void {
    queueEmail(context.em, { email: oldEmail, locale: user.locale }, 'emailChanged', { name: user.displayName, address: user.email });
  },
};
