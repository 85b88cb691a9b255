/** A path on this site to go back to; anything else (another site, "//host", a scheme) becomes the fallback. */
export function safeReturnPath(value: FormDataEntryValue | string | null | undefined, fallback = '/'): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  return value;
}

/** The sign-in page that comes back to `returnTo` afterwards. */
export function signInPath(returnTo: string): string {
  return returnTo === '/' ? '/masuk' : `/masuk?kembali=${encodeURIComponent(returnTo)}`;
}
