import { AdministrationResolver } from './administration.resolver.js';

/** Platform administration: finding people and granting platform roles. Its entries go to the audit log. */
export const administrationModule = {
  entities: [],
  resolvers: [AdministrationResolver] as const,
};
