import { registerNode } from '../../core/node.js';
import { AccountsResolver } from './accounts.resolver.js';
import { Consent } from './consent.entity.js';
import { Session } from './session.entity.js';
import { User } from './user.entity.js';
import { UserResolver } from './user.resolver.js';

registerNode({ typeName: 'User', entity: User, load: (context, id) => context.em.findOne(User, { id }) });

export const accountsModule = {
  entities: [User, Session, Consent],
  resolvers: [UserResolver, AccountsResolver] as const,
};
