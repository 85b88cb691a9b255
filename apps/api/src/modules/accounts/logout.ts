import type { Context } from '../../context.js';
import { requireSessionViewer } from './accounts.permissions.js';
import { Session } from './session.entity.js';

/** Revokes this session (or all of the person's), so the token stops working at once on every process. */
export async function logout(context: Context, everywhere: boolean): Promise<void> {
  const viewer = requireSessionViewer(context);
  const now = new Date();
  const where = everywhere ? { user: viewer, revokedAt: null } : { id: context.session!.id };
  await context.em.nativeUpdate(Session, where, { revokedAt: now });
  context.sessionCookie?.clear();
}
