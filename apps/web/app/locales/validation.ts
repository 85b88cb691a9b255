import { validationMessages } from '@gotong/domain';
import { defineMessages } from './define';

function prefixed(messages: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(messages).map(([key, text]) => [`validation.${key}`, text]));
}

/** The shared schemas' message keys ("required", "invalidEmail", ...) as "validation.<key>". */
export const validation = defineMessages({
  id: prefixed(validationMessages.id),
  en: prefixed(validationMessages.en),
});

/** The API's UserError codes, for errors whose text the API wrote in English. */
export const userErrors = defineMessages({
  id: {
    'userError.INVALID': 'Isian tidak valid.',
    'userError.REQUIRED': 'Wajib diisi.',
    'userError.TOO_LONG': 'Terlalu panjang.',
    'userError.TOO_SHORT': 'Terlalu pendek.',
    'userError.TAKEN': 'Sudah dipakai. Pilih yang lain.',
    'userError.NOT_FOUND': 'Tidak ditemukan.',
    'userError.WRONG_CREDENTIALS': 'Email atau kata sandi salah.',
    'userError.CONSENT_REQUIRED': 'Anda perlu menyetujui kebijakan privasi.',
    'userError.RATE_LIMITED': 'Terlalu banyak percobaan. Coba lagi nanti.',
    'userError.NOT_VERIFIED': 'Organisasi ini belum diverifikasi.',
    'userError.ALREADY_DONE': 'Sudah dilakukan.',
    'userError.NOT_ALLOWED_NOW': 'Tidak dapat dilakukan saat ini.',
    'userError.GATE_NOT_MET': 'Syarat tahap berikutnya belum terpenuhi.',
    'userError.FULL': 'Sudah penuh.',
    'userError.CLOSED': 'Sudah ditutup.',
  },
  en: {
    'userError.INVALID': 'This value is not valid.',
    'userError.REQUIRED': 'This is required.',
    'userError.TOO_LONG': 'Too long.',
    'userError.TOO_SHORT': 'Too short.',
    'userError.TAKEN': 'Already taken. Choose another.',
    'userError.NOT_FOUND': 'Not found.',
    'userError.WRONG_CREDENTIALS': 'Wrong email or password.',
    'userError.CONSENT_REQUIRED': 'You need to accept the privacy policy.',
    'userError.RATE_LIMITED': 'Too many attempts. Try again later.',
    'userError.NOT_VERIFIED': 'This organisation is not verified yet.',
    'userError.ALREADY_DONE': 'Already done.',
    'userError.NOT_ALLOWED_NOW': 'This cannot be done now.',
    'userError.GATE_NOT_MET': 'The next stage’s requirements are not met yet.',
    'userError.FULL': 'Already full.',
    'userError.CLOSED': 'Already closed.',
  },
});
