import type { EntityManager } from '@mikro-orm/postgresql';
import type { User } from '../accounts/user.entity.js';
import { AuditEntry } from './audit-entry.entity.js';

export function recordAudit(
  em: EntityManager,
  entry: { actor: User | null; action: string; subjectType: string; subjectId: string; note?: string | null },
): AuditEntry {
  const audit = em.create(AuditEntry, { ...entry, note: entry.note ?? null });
  em.persist(audit);
  return audit;
}
