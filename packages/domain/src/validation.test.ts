import { describe, expect, it } from 'vitest';
import { createOrganizationSchema, registerSchema } from './validation.js';

describe('shared validation', () => {
  it('normalises the email and demands explicit consent', () => {
    const parsed = registerSchema.safeParse({ email: ' Siti@Example.ID ', password: 'kata-sandi-rahasia', displayName: ' Siti ', acceptPrivacyPolicy: true });
    expect(parsed.success && parsed.data).toEqual({ email: 'siti@example.id', password: 'kata-sandi-rahasia', displayName: 'Siti', acceptPrivacyPolicy: true });
    const withoutConsent = registerSchema.safeParse({ email: 'a@b.id', password: 'kata-sandi-rahasia', displayName: 'Siti', acceptPrivacyPolicy: false });
    expect(withoutConsent.success ? [] : withoutConsent.error.issues.map((issue) => issue.message)).toEqual(['consentRequired']);
  });

  it('gives message keys (the first problem of each field first) that the web and the API both translate', () => {
    const parsed = createOrganizationSchema.safeParse({ name: '', kind: 'AGENCY', website: 'javascript:alert(1)', slug: 'Bukan Slug' });
    const messages = parsed.success ? {} : Object.fromEntries(parsed.error.issues.reverse().map((issue) => [issue.path.join('.'), issue.message]));
    expect(messages).toEqual({ name: 'required', website: 'invalidUrl', slug: 'invalidSlug' });
  });
});
