import { z } from 'zod';
import { memberRoles, organizationKinds } from './organizations.js';
import { timeZoneSchema } from './time-zones.js';

/**
 * Input rules shared by the API (authoritative) and the web forms (early feedback).
 * Messages are message keys, so each side can show them in the person's language.
 */
const trimmed = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(1, { message: 'required' })
    .min(min, { message: 'tooShort' })
    .max(max, { message: 'tooLong' });

export const email = z.string().trim().toLowerCase().max(254, { message: 'tooLong' }).email({ message: 'invalidEmail' });
export const password = z.string().min(10, { message: 'passwordTooShort' }).max(200, { message: 'tooLong' });
export const displayName = trimmed(2, 80);

export const registerSchema = z.object({
  email,
  password,
  displayName,
  acceptPrivacyPolicy: z.literal(true, { errorMap: () => ({ message: 'consentRequired' }) }),
});

export const loginSchema = z.object({
  email,
  password: z.string().min(1, { message: 'required' }).max(200, { message: 'tooLong' }),
});

export const locales = ['id', 'en'] as const;
export type Locale = (typeof locales)[number];

export const updateProfileSchema = z.object({
  displayName: displayName.optional(),
  bio: z.string().trim().max(2000, { message: 'tooLong' }).optional(),
  locale: z.enum(locales).optional(),
});

const optionalUrl = z
  .string()
  .trim()
  .max(300, { message: 'tooLong' })
  .refine((value) => value === '' || /^https?:\/\/[^\s]+$/i.test(value), { message: 'invalidUrl' })
  .optional();

export const slug = z
  .string()
  .trim()
  .min(3, { message: 'tooShort' })
  .max(60, { message: 'tooLong' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'invalidSlug' });

export const createOrganizationSchema = z.object({
  name: trimmed(3, 120),
  kind: z.enum(organizationKinds),
  description: z.string().trim().max(5000, { message: 'tooLong' }).optional(),
  website: optionalUrl,
  slug: slug.optional(),
  timeZone: timeZoneSchema.optional(),
});

/** An organisation's profile changes (its owners and admins): only the fields given change. */
export const updateOrganizationSchema = createOrganizationSchema.pick({ name: true, description: true, website: true, timeZone: true }).partial();

export const addMemberSchema = z.object({
  email,
  role: z.enum(memberRoles),
});

const servicePopulation = z.number().int().min(1, { message: 'tooSmall' }).max(1_000_000_000, { message: 'tooLarge' });

export const createServiceSchema = z.object({
  name: trimmed(3, 120),
  description: z.string().trim().max(5000, { message: 'tooLong' }).optional(),
  population: servicePopulation.optional(),
  slug: slug.optional(),
});

/** A service's changes: only the fields given change; a null population clears it (no minimum sample then). */
export const updateServiceSchema = createServiceSchema.omit({ slug: true }).partial().extend({ population: servicePopulation.nullable().optional() });
