import type { AppLoadContext } from '@remix-run/node';
import { defaultLocale, locales, type Locale } from '@gotong/messages/format';
import { readCookie, setCookie } from './cookies.server';

export const languageCookieName = 'lang';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The language chosen with the switch (a cookie, so it works signed out and without JavaScript), else the profile's, else Indonesian. */
export function localeOf(request: Request, profileLocale: string | null | undefined): Locale {
  const chosen = readCookie(request, languageCookieName);
  if (isLocale(chosen)) return chosen;
  return isLocale(profileLocale) ? profileLocale : defaultLocale;
}

export function languageCookie(context: AppLoadContext, locale: Locale): string {
  return setCookie(context, languageCookieName, locale, { maxAgeSeconds: 365 * 24 * 60 * 60 });
}
