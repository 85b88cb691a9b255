import { registerNode } from '../../core/node.js';
import { viewerHasPlatformRole } from '../../core/authorization.js';
import { AuditEntry } from './audit-entry.entity.js';
import { AuditResolver } from './audit.resolver.js';

registerNode({
  typeName: 'AuditEntry',
  entity: AuditEntry,
  load: async (context, id) => (viewerHasPlatformRole(context, 'ADMIN') ? context.em.findOne(AuditEntry, { id }) : null),
});

export const auditModule = {
  entities: [AuditEntry],
  resolvers: [AuditResolver] as const,
};

export { ActorAndPeriodFilter } from './audit-entry.type.js';
export { actorAndPeriodWhere } from './audit-filter.js';
export { recordAudit } from './record-audit.js';
