import { z } from 'zod';
import { email, password } from './validation.js';

/** Input rules of account recovery, sessions and API tokens, shared by the API and the web forms. */
export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1, { message: 'required' }).max(200, { message: 'tooLong' }),
  newPassword: password,
});

export const requestPasswordResetSchema = z.object({ email });

export const resetPasswordSchema = z.object({
  email,
  token: z.string().trim().min(1, { message: 'required' }).max(200, { message: 'tooLong' }),
  newPassword: password,
});

export const changeEmailSchema = z.object({
  newEmail: email,
  password: z.string().min(1, { message: 'required' }).max(200, { message: 'tooLong' }),
});

export const deleteAccountSchema = z.object({
  password: z.string().min(1, { message: 'required' }).max(200, { message: 'tooLong' }),
});

export const apiTokenScopes = ['READ', 'WRITE'] as const;
export type ApiTokenScope = (typeof apiTokenScopes)[number];
/** Tokens expire within a year at most, so a forgotten one does not stay valid for ever. */
export const apiTokenMaxLifetimeDays = 366;

export const createApiTokenSchema = z.object({
  name: z.string().trim().min(1, { message: 'required' }).max(80, { message: 'tooLong' }),
  scopes: z.array(z.enum(apiTokenScopes)).min(1, { message: 'required' }),
  expiresAt: z.coerce
    .date({ errorMap: () => ({ message: 'invalid' }) })
    .refine((date) => date.getTime() > Date.now(), { message: 'notInFuture' })
    .refine((date) => date.getTime() <= Date.now() + apiTokenMaxLifetimeDays * 24 * 60 * 60 * 1000, { message: 'tooLate' }),
});

export const optionalConsentPurposes = ['EMAIL_NOTIFICATIONS', 'PUBLIC_PROFILE'] as const;
export type OptionalConsentPurpose = (typeof optionalConsentPurposes)[number];
