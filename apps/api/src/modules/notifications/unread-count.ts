import type { EntityManager } from '@mikro-orm/postgresql';
import { Notification } from './notification.entity.js';

/** Counted on the partial index of unread notifications. */
export function unreadCount(em: EntityManager, userId: string): Promise<number> {
  return em.count(Notification, { recipient: userId, readAt: null });
}
