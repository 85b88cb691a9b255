import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { AppLoadContext } from '@remix-run/node';
import { readCookie, setCookie } from './cookies.server';
import { readFormData } from './forms.server';

const csrfCookieName = 'gotong_csrf';
export const csrfFieldName = 'csrf';

/**
 * The double-submit token of this browser: the existing cookie's value, or a new one with the Set-Cookie that stores it.
 * The root loader calls it, so every page can put the token in its forms.
 */
export function csrfTokenFor(request: Request, context: AppLoadContext): { token: string; setCookie?: string } {
  const existing = readCookie(request, csrfCookieName);
  if (existing && /^[A-Za-z0-9_-]{43}$/.test(existing)) return { token: existing };
  const token = randomBytes(32).toString('base64url');
  return { token, setCookie: setCookie(context, csrfCookieName, token) };
}

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Every action starts with this: the posted form, once its CSRF field matches the browser's cookie.
 * Another site can make a browser post, but it can neither read nor set our cookie, so it cannot match it.
 */
export async function verifiedFormData(request: Request): Promise<FormData> {
  const formData = await readFormData(request);
  const cookieToken = readCookie(request, csrfCookieName);
  const fieldToken = formData.get(csrfFieldName);
  if (!cookieToken || typeof fieldToken !== 'string' || !sameToken(cookieToken, fieldToken)) {
    throw new Response('The form has expired or did not come from this site. Reload the page and try again.', { status: 403 });
  }
  return formData;
}
