import type { FilterQuery } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import { idOfType } from '../../core/global-id.js';
import { containsText } from '../../core/text-filter.js';
import type { AuditEntry } from './audit-entry.entity.js';
import type { ActorAndPeriodFilter, AuditEntryFilter } from './audit-entry.type.js';

/** Conditions on who acted and when, shared by the logs that keep an actor and a time (audit and moderation). */
export function actorAndPeriodWhere(filter: ActorAndPeriodFilter, actorProperty: string): Record<string, unknown> {
  const where: Record<string, unknown> = {};
  const actor: Record<string, unknown> = {};
  if (filter.actorId) {
    const actorId = idOfType(filter.actorId, 'User');
    if (!actorId) throw new GraphQLError('"filter.actorId" is not a person\'s id.', { extensions: { code: 'BAD_USER_INPUT' } });
    actor.id = actorId;
  }
  if (filter.actorText?.trim()) actor.$or = [{ displayName: containsText(filter.actorText) }, { email: containsText(filter.actorText) }];
  if (Object.keys(actor).length > 0) where[actorProperty] = actor;
  if (filter.since || filter.until) where.createdAt = { ...(filter.since ? { $gte: filter.since } : {}), ...(filter.until ? { $lt: filter.until } : {}) };
  return where;
}

export function auditWhere(filter: AuditEntryFilter | null): FilterQuery<AuditEntry> {
  if (!filter) return {};
  const where = actorAndPeriodWhere(filter, 'actor');
  if (filter.action?.trim()) where.action = filter.action.trim().slice(0, 60);
  return where as FilterQuery<AuditEntry>;
}
