import { randomBytes } from 'node:crypto';
import type { AppLoadContext } from '@remix-run/node';
import { readCookie, setCookie } from '~/lib/cookies.server';

const respondentCookie = 'gotong_respondent';
const oneYear = 365 * 24 * 60 * 60;

/** The browser's random respondent key (ADR 010): one answer per survey per browser, without an account. */
export function respondentKeyOf(request: Request): string | undefined {
  const key = readCookie(request, respondentCookie);
  return key && /^[A-Za-z0-9_-]{16,200}$/.test(key) ? key : undefined;
}

/** The existing key, or a new one with the Set-Cookie header that keeps it (sent only once an answer is stored). */
export function ensureRespondentKey(request: Request, context: AppLoadContext): { key: string; setCookieHeader: string | null } {
  const existing = respondentKeyOf(request);
  if (existing) return { key: existing, setCookieHeader: null };
  const key = randomBytes(24).toString('base64url');
  return { key, setCookieHeader: setCookie(context, respondentCookie, key, { maxAgeSeconds: oneYear }) };
}
