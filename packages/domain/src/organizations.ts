export const organizationKinds = ['AGENCY', 'PARTNER', 'NGO', 'TRAINING_INSTITUTE'] as const;
export type OrganizationKind = (typeof organizationKinds)[number];

export const memberRoles = ['OWNER', 'ADMIN', 'OFFICER', 'MEMBER'] as const;
export type MemberRole = (typeof memberRoles)[number];

export const platformRoles = ['MEMBER', 'MODERATOR', 'ADMIN'] as const;
export type PlatformRole = (typeof platformRoles)[number];

/** Roles that may manage an organisation's members and profile. */
export function canManageOrganization(role: MemberRole | null | undefined): boolean {
  return role === 'OWNER' || role === 'ADMIN';
}

/** Roles that act for an agency: run its pipeline, review proposals, publish services. */
export function actsForOrganization(role: MemberRole | null | undefined): boolean {
  return role === 'OWNER' || role === 'ADMIN' || role === 'OFFICER';
}

/** Only an owner may make or unmake another owner. */
export function canGrantRole(granter: MemberRole | null | undefined, role: MemberRole): boolean {
  if (!canManageOrganization(granter)) return false;
  return role !== 'OWNER' || granter === 'OWNER';
}

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}
