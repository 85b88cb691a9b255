import { registerNode } from '../../core/node.js';
import { Membership } from './membership.entity.js';
import { Organization } from './organization.entity.js';
import { OrganizationResolver, UserMembershipsResolver } from './organization.resolver.js';

registerNode({ typeName: 'Organization', entity: Organization, load: (context, id) => context.em.findOne(Organization, { id }) });
registerNode({ typeName: 'Membership', entity: Membership, load: (context, id) => context.em.findOne(Membership, { id }) });

export const organizationsModule = {
  entities: [Organization, Membership],
  resolvers: [OrganizationResolver, UserMembershipsResolver] as const,
};

export { Organization } from './organization.entity.js';
export { can as canInOrganization } from './organizations.permissions.js';
