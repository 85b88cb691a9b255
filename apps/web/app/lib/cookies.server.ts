import type { AppLoadContext } from '@remix-run/node';
import { parse, serialize } from 'cookie';

export function readCookie(request: Request, name: string): string | undefined {
  return parse(request.headers.get('Cookie') ?? '')[name];
}

/**
 * A Set-Cookie value with the site's defaults: HttpOnly, SameSite=Lax, the whole site, Secure in production.
 * `maxAgeSeconds: 0` clears the cookie.
 */
export function setCookie(context: AppLoadContext, name: string, value: string, options: { maxAgeSeconds?: number; expires?: Date; httpOnly?: boolean } = {}): string {
  return serialize(name, value, {
    httpOnly: options.httpOnly ?? true,
    sameSite: 'lax',
    secure: context.secureCookies,
    path: '/',
    ...(options.expires ? { expires: options.expires } : {}),
    ...(options.maxAgeSeconds !== undefined ? { maxAge: options.maxAgeSeconds } : {}),
  });
}
