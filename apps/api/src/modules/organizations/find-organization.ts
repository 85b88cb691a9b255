import { actsForOrganization, memberRoles } from '@gotong/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import { idOfType } from '../../core/global-id.js';
import { UserErrorCode, UserErrorException, userError } from '../../core/user-error.js';
import { maySeeModerated } from '../moderation/index.js';
import { Membership } from './membership.entity.js';
import { Organization } from './organization.entity.js';
import { can } from './organizations.permissions.js';

/** The organisation a mutation input names by global id, or a NOT_FOUND UserError on that field. */
export async function findOrganizationInput(context: Context, globalId: string, field: string): Promise<Organization> {
  const id = idOfType(globalId, 'Organization');
  const organization = id ? await context.em.findOne(Organization, { id }) : null;
  if (!organization) throw new UserErrorException(userError(UserErrorCode.NOT_FOUND, { key: 'error.noSuchOrganization' }, field));
  return organization;
}

/** An organisation's profile, unless reports or a moderator hid it: then only for moderators and those acting for it. */
export async function findVisibleOrganization(context: Context, where: { id: string } | { slug: string }): Promise<Organization | null> {
  const organization = await context.em.findOne(Organization, where);
  return organization && (await maySeeModerated(context, organization, () => can(context, 'actFor', organization))) ? organization : null;
}

const actingRoles = memberRoles.filter(actsForOrganization);

/** Those who act for an organisation (owners, admins, officers): they answer for what it publishes. */
export async function actingMemberIds(em: EntityManager, organizationId: string): Promise<string[]> {
  const memberships = await em.find(Membership, { organization: organizationId, role: { $in: [...actingRoles] } }, { fields: ['user'] });
  return memberships.map((membership) => membership.user.id);
}
