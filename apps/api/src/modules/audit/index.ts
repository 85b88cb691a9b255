import { AuditEntry } from './audit-entry.entity.js';

export const auditModule = {
  entities: [AuditEntry],
  resolvers: [] as const,
};
