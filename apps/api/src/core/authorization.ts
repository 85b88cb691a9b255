import type { PlatformRole } from '@gotong/domain';
import type { Context } from '../context.js';
import type { User } from '../modules/accounts/user.entity.js';
import { forbidden, unauthenticated } from './errors.js';

export function requireViewer(context: Context): User {
  if (!context.viewer) throw unauthenticated();
  return context.viewer;
}

/** The signed-in person's id, for a use case that needs no more of them: no entity is made. */
export function requireViewerId(context: Context): string {
  if (!context.viewerId) throw unauthenticated();
  return context.viewerId;
}

const rank: Record<PlatformRole, number> = { MEMBER: 0, MODERATOR: 1, ADMIN: 2 };

export function hasPlatformRole(person: Pick<User, 'platformRole'> | null, role: PlatformRole): boolean {
  return Boolean(person) && rank[person!.platformRole] >= rank[role];
}

/** Whether the signed-in person holds `role` (or above), from their session's row: no entity is made for it. */
export function viewerHasPlatformRole(context: Context, role: PlatformRole): boolean {
  return context.viewerRole !== null && rank[context.viewerRole] >= rank[role];
}

export function requirePlatformRole(context: Context, role: PlatformRole): User {
  const viewer = requireViewer(context);
  if (!hasPlatformRole(viewer, role)) throw forbidden();
  return viewer;
}
