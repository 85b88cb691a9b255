import { createHash, randomBytes } from 'node:crypto';

export const sessionCookieName = 'gotong_session';
export const sessionLifetimeDays = 30;

export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** API tokens carry a prefix, so a leaked one is recognisable (secret scanners) and a request's token is told apart at once. */
const apiTokenPrefix = 'gtk_';

export function newApiTokenSecret(): string {
  return `${apiTokenPrefix}${randomBytes(32).toString('base64url')}`;
}

export function isApiTokenSecret(token: string): boolean {
  return token.startsWith(apiTokenPrefix);
}

/** SHA-256 suffices (no slow hash): every token is 256 random bits, so there is nothing to guess. */
export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The session token of a request: `Authorization: Bearer …` first, then the session cookie. */
export function tokenFromRequest(authorization: string | undefined, cookies: Record<string, string | undefined>): string | null {
  const bearer = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  const token = bearer ?? cookies[sessionCookieName];
  return token && token.length <= 100 ? token : null;
}
