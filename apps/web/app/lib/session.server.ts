import type { AppLoadContext } from '@remix-run/node';
import { setCookie } from './cookies.server';

/** The API reads the same cookie, so /graphql and graphql-ws in the browser share the session. */
export const sessionCookieName = 'gotong_session';
/** As long as the API keeps a session (sessionLifetimeDays in the accounts module). */
const sessionLifetimeDays = 30;

export function startSessionCookie(context: AppLoadContext, token: string): string {
  return setCookie(context, sessionCookieName, token, { expires: new Date(Date.now() + sessionLifetimeDays * 24 * 60 * 60 * 1000) });
}

export function endSessionCookie(context: AppLoadContext): string {
  return setCookie(context, sessionCookieName, '', { maxAgeSeconds: 0 });
}
