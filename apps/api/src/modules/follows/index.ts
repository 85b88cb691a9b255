import { Organization } from '../organizations/organization.entity.js';
import { Follow } from './follow.entity.js';
import { FollowResolver, OrganizationFollowResolver } from './follow.resolver.js';
import { registerFollowable } from './followables.js';

registerFollowable({ typeName: 'Organization', load: (context, id) => context.em.findOne(Organization, { id }) });

export const followsModule = {
  entities: [Follow],
  resolvers: [FollowResolver, OrganizationFollowResolver] as const,
};
