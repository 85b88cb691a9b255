/** The texts behind the validation message keys of the shared schemas, in both languages of the interface. */
export const validationMessages = {
  id: {
    required: 'Wajib diisi.',
    tooShort: 'Terlalu pendek.',
    tooLong: 'Terlalu panjang.',
    tooSmall: 'Terlalu kecil.',
    tooLarge: 'Terlalu besar.',
    invalidEmail: 'Alamat email tidak valid.',
    passwordTooShort: 'Kata sandi minimal 10 karakter.',
    consentRequired: 'Anda perlu menyetujui kebijakan privasi.',
    invalidUrl: 'Alamat web harus diawali http:// atau https://.',
    invalidSlug: 'Gunakan huruf kecil, angka dan tanda hubung saja.',
    invalid: 'Isian tidak valid.',
  },
  en: {
    required: 'This is required.',
    tooShort: 'Too short.',
    tooLong: 'Too long.',
    tooSmall: 'Too small.',
    tooLarge: 'Too large.',
    invalidEmail: 'Not a valid email address.',
    passwordTooShort: 'The password needs at least 10 characters.',
    consentRequired: 'You need to accept the privacy policy.',
    invalidUrl: 'A web address must start with http:// or https://.',
    invalidSlug: 'Use lowercase letters, digits and hyphens only.',
    invalid: 'This value is not valid.',
  },
} as const;

export type ValidationMessageKey = keyof (typeof validationMessages)['en'];

/** The text for a message key; an unknown key (a zod default message) is returned as it is. */
export function validationMessage(key: string, locale: 'id' | 'en' = 'en'): string {
  return (validationMessages[locale] as Record<string, string>)[key] ?? key;
}
