import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { AppLoadContext } from '@remix-run/node';
import { readCookie, setCookie } from './cookies.server';
import { readFormData, refusal } from './forms.server';
import { sessionCookieName } from './session.server';

/** A signed-out browser's random id (its "pre-session"): what its tokens are bound to until it signs in. */
export const visitorCookieName = 'gotong_csrf';
export const csrfFieldName = 'csrf';
const visitorIdPattern = /^[A-Za-z0-9_-]{43}$/;

/**
 * The key of every token. Several processes serving one site must share it (CSRF_SECRET); without it each process
 * makes its own, so forms served before a restart must be reloaded.
 */
const secret = process.env.CSRF_SECRET || randomBytes(32).toString('base64url');
/** The site's public origin when a proxy in front gives the app another Host (PUBLIC_ORIGIN, as for the WebSocket). */
const publicOrigin = process.env.PUBLIC_ORIGIN ? new URL(process.env.PUBLIC_ORIGIN).origin : undefined;

function validVisitorId(id: string | undefined): string | undefined {
  return id && visitorIdPattern.test(id) ? id : undefined;
}

function visitorIdOf(request: Request): string | undefined {
  return validVisitorId(readCookie(request, visitorCookieName));
}

/** What a token is bound to: the session when signed in, else the browser's pre-session id. */
function bindingOf(request: Request, visitorId: string | undefined): string | undefined {
  const session = readCookie(request, sessionCookieName);
  if (session) return `session:${session}`;
  return visitorId ? `visitor:${visitorId}` : undefined;
}

function tokenFor(binding: string): string {
  return createHmac('sha256', secret).update(binding).digest('base64url');
}

/**
 * The CSRF token of this browser's session (or pre-session), with the Set-Cookie that starts a pre-session when the
 * browser has none. The root loader calls it, so every page puts the token in its forms.
 */
export function csrfTokenFor(request: Request, context: AppLoadContext): { token: string; setCookie?: string } {
  const existing = visitorIdOf(request);
  const visitorId = existing ?? randomBytes(32).toString('base64url');
  const token = tokenFor(bindingOf(request, visitorId)!);
  return existing ? { token } : { token, setCookie: setCookie(context, visitorCookieName, visitorId) };
}

/** The token of a signed-out browser whose pre-session cookie holds `visitorId`; undefined when that is no pre-session id. */
export function visitorCsrfToken(visitorId: string | undefined): string | undefined {
  const id = validVisitorId(visitorId);
  return id ? tokenFor(`visitor:${id}`) : undefined;
}

function originOf(value: string): string | null {
  try {
    return new URL(value).origin;
  } catch {
    return null;
  }
}

/**
 * Browsers say where a form post comes from (Origin; Referer where an old one does not): it must be this site. A post
 * that says neither is not from a browser (no CSRF there), and the token alone decides.
 */
function comesFromThisSite(request: Request): boolean {
  // The server hands the Origin on under another name, so that Remix's own check (a 500) does not see it (apps/api/src/web.ts).
  const origin = request.headers.get('x-gotong-origin') ?? request.headers.get('origin');
  const referer = request.headers.get('referer');
  const claimed = origin !== null ? originOf(origin) : referer !== null ? originOf(referer) : undefined;
  if (claimed === undefined) return true;
  if (claimed === null || claimed === 'null') return false;
  return new URL(claimed).host === new URL(request.url).host || claimed === publicOrigin;
}

function matches(expected: string, given: FormDataEntryValue | null): boolean {
  if (typeof given !== 'string') return false;
  const left = Buffer.from(expected);
  const right = Buffer.from(given);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Every action starts with this: the posted form, once it comes from this site and its CSRF field is the token of
 * this browser's session. Another site cannot read the token; a site that can plant cookies for this host (a sibling
 * subdomain) can plant its own pre-session, but cannot make the token of the victim's session without the secret, and
 * its posts carry its own Origin.
 */
export async function verifiedFormData(request: Request): Promise<FormData> {
  if (!comesFromThisSite(request)) throw refusal(403, 'formExpired');
  const formData = await readFormData(request);
  const binding = bindingOf(request, visitorIdOf(request));
  if (!binding || !matches(tokenFor(binding), formData.get(csrfFieldName))) throw refusal(403, 'formExpired');
  return formData;
}
