import type { Context } from '../../context.js';
import { Session } from './session.entity.js';
import { hashSessionToken, newSessionToken, sessionLifetimeDays } from './session-token.js';
import type { User } from './user.entity.js';

/**
 * Opens a session for the person (persisted with the caller's flush), hands the cookie to the transport,
 * and lets the rest of this operation act as them.
 */
export function startSession(context: Context, user: User): { token: string; session: Session } {
  const token = newSessionToken();
  const expiresAt = new Date(Date.now() + sessionLifetimeDays * 24 * 60 * 60 * 1000);
  const session = context.em.create(Session, { user, tokenHash: hashSessionToken(token), expiresAt, userAgent: context.userAgent?.slice(0, 300) ?? null });
  context.em.persist(session);
  context.sessionCookie?.set(token, expiresAt);
  context.viewer = user;
  context.session = session;
  return { token, session };
}
