import { redirect } from '@remix-run/node';

/** Stands for this site when a path is resolved: a path that resolves anywhere else leaves the site. */
const thisSite = new URL('http://local.invalid');
/** Control characters (browsers drop tabs and line breaks from URLs, so `/\t/host` means `//host`) and backslashes (`/\host` is `//host`). */
function hasUnsafeCharacter(value: string): boolean {
  for (const character of value) {
    const code = character.codePointAt(0)!;
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || character === '\\') return true;
  }
  return false;
}
const longestPath = 2048;

function decoded(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/**
 * A path on this site to go back to, in the form the browser will read it (non-ASCII percent-encoded, so it is a
 * valid Location header); anything else (another site, `//host`, `/\host`, a scheme, control characters, their
 * percent-encoded forms) becomes the fallback.
 */
export function safeReturnPath(value: FormDataEntryValue | string | null | undefined, fallback = '/'): string {
  if (typeof value !== 'string' || value.length > longestPath || !value.startsWith('/') || value.startsWith('//')) return fallback;
  if (hasUnsafeCharacter(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, thisSite);
  } catch {
    return fallback;
  }
  if (url.origin !== thisSite.origin) return fallback;
  const path = decoded(url.pathname);
  if (path === null || path.startsWith('//') || hasUnsafeCharacter(path)) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The one redirect for targets that come from the request (a form field, the query, a route parameter). */
export function safeRedirect(value: FormDataEntryValue | string | null | undefined, fallback: string, init?: ResponseInit): Response {
  return redirect(safeReturnPath(value, safeReturnPath(fallback)), init);
}

/** The sign-in page that comes back to `returnTo` afterwards. */
export function signInPath(returnTo: string): string {
  const path = safeReturnPath(returnTo);
  return path === '/' ? '/masuk' : `/masuk?kembali=${encodeURIComponent(path)}`;
}
