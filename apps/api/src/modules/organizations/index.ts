import { registerNode } from '../../core/node.js';
import { moderatable } from '../moderation/index.js';
import { actingMemberIds, findVisibleOrganization } from './find-organization.js';
import { Membership } from './membership.entity.js';
import { Organization } from './organization.entity.js';
import { OrganizationResolver, UserMembershipsResolver } from './organization.resolver.js';

registerNode({ typeName: 'Organization', entity: Organization, load: (context, id) => findVisibleOrganization(context, { id }) });
registerNode({ typeName: 'Membership', entity: Membership, load: (context, id) => context.em.findOne(Membership, { id }) });

export const organizationsModule = {
  entities: [Organization, Membership],
  resolvers: [OrganizationResolver, UserMembershipsResolver] as const,
  moderatable: [
    moderatable<Organization>({
      typeName: 'Organization',
      entity: Organization,
      populate: [],
      titleOf: (organization) => organization.name,
      authorOf: () => null,
      answerableIds: (em, organization) => actingMemberIds(em, organization.id),
    }),
  ],
};

export { Organization } from './organization.entity.js';
export { can as canInOrganization } from './organizations.permissions.js';
export { actingMemberIds } from './find-organization.js';
export { OrganizationType } from './organization.type.js';
export { findOrganizationInput } from './find-organization.js';
