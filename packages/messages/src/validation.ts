import { defineMessages } from './define.js';

/** The shared schemas' message keys (packages/domain: "required", "invalidEmail", ...) as "validation.<key>". */
export const validation = defineMessages({
  id: {
    'validation.required': 'Wajib diisi.',
    'validation.tooShort': 'Terlalu pendek.',
    'validation.tooLong': 'Terlalu panjang.',
    'validation.tooSmall': 'Terlalu kecil.',
    'validation.tooLarge': 'Terlalu besar.',
    'validation.invalidEmail': 'Alamat email tidak valid.',
    'validation.passwordTooShort': 'Kata sandi minimal 10 karakter.',
    'validation.consentRequired': 'Anda perlu menyetujui kebijakan privasi.',
    'validation.invalidUrl': 'Alamat web harus diawali http:// atau https://.',
    'validation.invalidSlug': 'Gunakan huruf kecil, angka dan tanda hubung saja.',
    'validation.invalid': 'Isian tidak valid.',
  },
  en: {
    'validation.required': 'This is required.',
    'validation.tooShort': 'Too short.',
    'validation.tooLong': 'Too long.',
    'validation.tooSmall': 'Too small.',
    'validation.tooLarge': 'Too large.',
    'validation.invalidEmail': 'Not a valid email address.',
    'validation.passwordTooShort': 'The password needs at least 10 characters.',
    'validation.consentRequired': 'You need to accept the privacy policy.',
    'validation.invalidUrl': 'A web address must start with http:// or https://.',
    'validation.invalidSlug': 'Use lowercase letters, digits and hyphens only.',
    'validation.invalid': 'This value is not valid.',
  },
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
