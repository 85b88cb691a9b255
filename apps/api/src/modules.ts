import { accountsModule } from './modules/accounts/index.js';
import { auditModule } from './modules/audit/index.js';
import { organizationsModule } from './modules/organizations/index.js';
import { privacyModule } from './modules/privacy/index.js';
import { servicesModule } from './modules/services/index.js';

/** The feature modules, in dependency order. Each hands over its entities and resolvers. */
export const modules: { entities: readonly Function[]; resolvers: readonly Function[] }[] = [
  accountsModule,
  auditModule,
  organizationsModule,
  servicesModule,
  privacyModule,
];

export const entities = modules.flatMap((module) => module.entities);
