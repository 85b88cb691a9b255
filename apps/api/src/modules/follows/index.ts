import { Organization } from '../organizations/organization.entity.js';
import { Follow } from './follow.entity.js';
import { FollowResolver, OrganizationFollowResolver } from './follow.resolver.js';
import { registerFollowable } from './followables.js';
import { onAccountDeletion, registerPersonalDataExporter } from '../privacy/personal-data.js';

registerFollowable({ typeName: 'Organization', load: (context, id) => context.em.findOne(Organization, { id }) });

registerPersonalDataExporter('follows', async (em, userId) =>
  (await em.find(Follow, { user: userId }, { orderBy: { createdAt: 'asc' } })).map(({ subjectType, createdAt }) => ({ subjectType, since: createdAt })),
);
// Following is personal, not a contribution: it goes with the account.
onAccountDeletion(async (em, userId) => {
  await em.nativeDelete(Follow, { user: userId });
});

export const followsModule = {
  entities: [Follow],
  resolvers: [FollowResolver, OrganizationFollowResolver] as const,
};
export { Follow } from './follow.entity.js';
