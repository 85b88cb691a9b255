import { defineMessages } from './define.js';

/**
 * Emails, in the recipient's language. An email kind is `email.<kind>.subject` and `email.<kind>.body` here (ICU,
 * paragraphs separated by a blank line) and one `queueEmail(em, recipient, { kind, values })` call in the API.
 */
export const emails = defineMessages({
  id: {
    'email.passwordReset.subject': 'Gotong: atur ulang kata sandi',
    'email.passwordReset.body':
      'Halo {name},\n\nSeseorang (semoga Anda) meminta pengaturan ulang kata sandi akun Gotong Anda. Buka tautan ini dalam satu jam:\n{url}\n\nJika bukan Anda yang meminta, abaikan email ini: kata sandi Anda tidak berubah.',
    'email.emailConfirmation.subject': 'Gotong: konfirmasi alamat email Anda',
    'email.emailConfirmation.body':
      'Halo {name},\n\nKonfirmasikan alamat email ini untuk mulai mengusulkan gagasan, memberi suara dan berkomentar di Gotong:\n{url}\n\nTautan berlaku 48 jam.',
    'email.emailChange.subject': 'Gotong: konfirmasi alamat email baru',
    'email.emailChange.body': 'Halo {name},\n\nBuka tautan ini dalam 24 jam untuk menjadikan alamat ini email akun Gotong Anda:\n{url}\n\nJika bukan Anda yang meminta, abaikan email ini.',
    'email.emailChanged.subject': 'Gotong: email akun Anda telah diganti',
    'email.emailChanged.body': 'Halo {name},\n\nEmail akun Gotong Anda kini {address}.\nJika bukan Anda yang menggantinya, segera hubungi pengelola Gotong.',
    'email.notification.subject': '{sentence}',
    'email.notification.body': '{sentence}\n\nBuka Gotong untuk melihatnya: {url}',
    'email.quotedNotification.subject': '{sentence}',
    'email.quotedNotification.body': '{sentence}\n\n“{quote}”\n\nBuka Gotong untuk melihatnya: {url}',
    'email.digest.subject': 'Gotong: {count, number} kabar untuk Anda',
    'email.digest.body': 'Kabar untuk Anda di Gotong:\n\n{items}\n\nBuka Gotong untuk melihatnya: {url}',
    'email.digest.item': '- {sentence}',
    'email.digest.quotedItem': '- {sentence}\n  “{quote}”',
  },
  en: {
    'email.passwordReset.subject': 'Gotong: reset your password',
    'email.passwordReset.body':
      'Hello {name},\n\nSomeone (hopefully you) asked to reset the password of your Gotong account. Open this link within one hour:\n{url}\n\nIf it was not you, ignore this email: your password stays as it is.',
    'email.emailConfirmation.subject': 'Gotong: confirm your email address',
    'email.emailConfirmation.body': 'Hello {name},\n\nConfirm this email address to start proposing ideas, voting and commenting on Gotong:\n{url}\n\nThe link is valid for 48 hours.',
    'email.emailChange.subject': 'Gotong: confirm your new email address',
    'email.emailChange.body': 'Hello {name},\n\nOpen this link within 24 hours to make this address the email of your Gotong account:\n{url}\n\nIf it was not you, ignore this email.',
    'email.emailChanged.subject': 'Gotong: the email of your account changed',
    'email.emailChanged.body': 'Hello {name},\n\nThe email of your Gotong account is now {address}.\nIf you did not change it, contact the Gotong team at once.',
    'email.notification.subject': '{sentence}',
    'email.notification.body': '{sentence}\n\nOpen Gotong to see it: {url}',
    'email.quotedNotification.subject': '{sentence}',
    'email.quotedNotification.body': '{sentence}\n\n“{quote}”\n\nOpen Gotong to see it: {url}',
    'email.digest.subject': '{count, plural, one {Gotong: # update for you} other {Gotong: # updates for you}}',
    'email.digest.body': 'Your updates on Gotong:\n\n{items}\n\nOpen Gotong to see them: {url}',
    'email.digest.item': '- {sentence}',
    'email.digest.quotedItem': '- {sentence}\n  “{quote}”',
  },
});
