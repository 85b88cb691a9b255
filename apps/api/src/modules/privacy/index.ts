import { ApiToken, describeDevice, Session } from '../accounts/index.js';
import { Consent } from '../accounts/consent.entity.js';
import { User } from '../accounts/user.entity.js';
import { Membership } from '../organizations/membership.entity.js';
import { registerPersonalDataExporter } from './personal-data.js';
import { PrivacyResolver } from './privacy.resolver.js';

registerPersonalDataExporter('account', async (em, userId) => {
  const user = await em.findOneOrFail(User, { id: userId });
  return {
    email: user.email,
    emailConfirmedAt: user.emailConfirmedAt,
    displayName: user.displayName,
    bio: user.bio,
    locale: user.locale,
    platformRole: user.platformRole,
    createdAt: user.createdAt,
  };
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

registerPersonalDataExporter('sessions', async (em, userId) =>
  (await em.find(Session, { user: userId }, { orderBy: { createdAt: 'asc' }, limit: 1000 })).map(({ userAgent, createdAt, lastUsedAt, expiresAt, revokedAt }) => ({
    device: describeDevice(userAgent),
    userAgent,
    createdAt,
    lastUsedAt,
    expiresAt,
    revokedAt,
  })),
);
registerPersonalDataExporter('apiTokens', async (em, userId) =>
  (await em.find(ApiToken, { user: userId }, { orderBy: { createdAt: 'asc' } })).map(({ name, scopes, createdAt, lastUsedAt, expiresAt, revokedAt }) => ({
    name,
    scopes,
    createdAt,
    lastUsedAt,
    expiresAt,
    revokedAt,
  })),
);

export const privacyModule = {
  entities: [] as const,
  resolvers: [PrivacyResolver] as const,
};
