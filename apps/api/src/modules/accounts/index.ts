import { registerNode } from '../../core/node.js';
import { AccountSecurityResolver, SessionResolver } from './account-security.resolver.js';
import { AccountToken } from './account-token.entity.js';
import { AccountsResolver } from './accounts.resolver.js';
import { ApiToken } from './api-token.entity.js';
import { Consent } from './consent.entity.js';
import { Session } from './session.entity.js';
import { User } from './user.entity.js';
import { UserResolver } from './user.resolver.js';

export { requireConfirmedEmail, requireSessionViewer } from './accounts.permissions.js';
export { confirmPassword } from './confirm-password.js';
export { consentStates, onConsentWithdrawn, recordConsent, type ConsentState } from './consents.js';
export { describeDevice } from './describe-device.js';
export { activeSuspension, suspendedError, suspensionEnd } from './suspension.js';
export { AccountToken, ApiToken, Session, User };

registerNode({ typeName: 'User', entity: User, load: (context, id) => context.em.findOne(User, { id }) });
// Sessions and tokens are seen by their owner only, from a signed-in session.
registerNode({
  typeName: 'Session',
  entity: Session,
  load: (context, id) => (context.viewer && context.session ? context.em.findOne(Session, { id, user: context.viewer.id }) : Promise.resolve(null)),
});
registerNode({
  typeName: 'ApiToken',
  entity: ApiToken,
  load: (context, id) => (context.viewer && context.session ? context.em.findOne(ApiToken, { id, user: context.viewer.id }) : Promise.resolve(null)),
});

export const accountsModule = {
  entities: [User, Session, Consent, AccountToken, ApiToken],
  resolvers: [UserResolver, AccountsResolver, AccountSecurityResolver, SessionResolver] as const,
};
