import { actsForOrganization, canGrantRole, canManageOrganization, type MemberRole } from '@gotong/domain';
import type { Context } from '../../context.js';
import { viewerHasPlatformRole } from '../../core/authorization.js';
import { viewerRoleLoader } from './organization.loaders.js';
import type { Organization } from './organization.entity.js';

export type OrganizationAction = 'manageMembers' | 'update' | 'verify' | 'actFor';

/** The viewer's role in the organisation, or null; batched across a page of organisations. */
export async function viewerRole(context: Context, organization: Organization): Promise<MemberRole | null> {
  if (!context.viewer) return null;
  return viewerRoleLoader(context).load(organization.id);
}

export async function can(context: Context, action: OrganizationAction, organization: Organization): Promise<boolean> {
  const isAdmin = viewerHasPlatformRole(context, 'ADMIN');
  switch (action) {
    case 'verify':
      return isAdmin;
    case 'manageMembers':
    case 'update':
      return isAdmin || canManageOrganization(await viewerRole(context, organization));
    case 'actFor':
      return Boolean(organization.verifiedAt) && actsForOrganization(await viewerRole(context, organization));
  }
}

/** Whether the viewer may give the role; `viewerRoleNow` is their role as read under a lock, when the caller has it. */
export async function canGrant(context: Context, organization: Organization, role: MemberRole, viewerRoleNow?: MemberRole | null): Promise<boolean> {
  if (viewerHasPlatformRole(context, 'ADMIN')) return true;
  return canGrantRole(viewerRoleNow === undefined ? await viewerRole(context, organization) : viewerRoleNow, role);
}
