/**
 * The message keys the shared schemas report (zod issue messages). Their texts, in both languages, are in
 * @gotong/messages as "validation.<key>".
 */
export const validationMessageKeys = [
  'required',
  'tooShort',
  'tooLong',
  'tooSmall',
  'tooLarge',
  'invalidEmail',
  'passwordTooShort',
  'consentRequired',
  'invalidUrl',
  'invalidSlug',
  'invalid',
  'notInFuture',
  'tooLate',
] as const;

export type ValidationMessageKey = (typeof validationMessageKeys)[number];

export function isValidationMessageKey(key: string): key is ValidationMessageKey {
  return (validationMessageKeys as readonly string[]).includes(key);
}
