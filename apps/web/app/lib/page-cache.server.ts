import { defaultLocale } from '@gotong/messages/format';
import { parse } from 'cookie';
import { visitorCookieName, visitorCsrfToken } from './csrf.server';
import { isLocale, languageCookieName } from './i18n.server';

/** A signed-out browser's page, as the server's page cache (apps/api/src/page-cache.ts) may share it between visitors. */
export type SharedPageVariant = {
  /** What the page differs by from one such browser to another, besides its address: its language. */
  variant: string;
  /** This browser's CSRF token, which the cache puts in the shared copy's forms in place of the token it was rendered with. */
  csrfToken: string;
};

/** The cookies that leave a page the same for every signed-out browser with the same language (ADR 033). */
const sharedPageCookies = new Set([visitorCookieName, languageCookieName]);

/**
 * Whether the page for a request with these cookies is the same for every visitor but for its CSRF token: only when
 * the browser has its pre-session already (the page sets no cookie) and no other cookie of ours (a session, a survey
 * respondent key, anything a loader could read). Then what the page varies by and the token of this browser.
 */
export function sharedPageVariant(cookieHeader: string | undefined): SharedPageVariant | null {
  const cookies = parse(cookieHeader ?? '');
  if (Object.keys(cookies).some((name) => !sharedPageCookies.has(name))) return null;
  const csrfToken = visitorCsrfToken(cookies[visitorCookieName]);
  if (!csrfToken) return null;
  const language = cookies[languageCookieName];
  return { variant: isLocale(language) ? language : defaultLocale, csrfToken };
}
