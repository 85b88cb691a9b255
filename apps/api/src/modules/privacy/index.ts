import { Consent } from '../accounts/consent.entity.js';
import { User } from '../accounts/user.entity.js';
import { Membership } from '../organizations/membership.entity.js';
import { registerPersonalDataExporter } from './personal-data.js';
import { PrivacyResolver } from './privacy.resolver.js';

registerPersonalDataExporter('account', async (em, userId) => {
  const user = await em.findOneOrFail(User, { id: userId });
  return { email: user.email, displayName: user.displayName, bio: user.bio, locale: user.locale, platformRole: user.platformRole, createdAt: user.createdAt };
});
registerPersonalDataExporter('consents', async (em, userId) =>
  (await em.find(Consent, { user: userId }, { orderBy: { givenAt: 'asc' } })).map(({ purpose, policyVersion, givenAt, withdrawnAt }) => ({
    purpose,
    policyVersion,
    givenAt,
    withdrawnAt,
  })),
);
registerPersonalDataExporter('memberships', async (em, userId) =>
  (await em.find(Membership, { user: userId }, { populate: ['organization'] })).map((membership) => ({
    organization: membership.organization.name,
    role: membership.role,
    since: membership.createdAt,
  })),
);

export const privacyModule = {
  entities: [] as const,
  resolvers: [PrivacyResolver] as const,
};
