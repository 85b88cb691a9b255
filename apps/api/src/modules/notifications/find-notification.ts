import type { Context } from '../../context.js';
import { Notification } from './notification.entity.js';

/** A notification, only for its recipient. */
export async function findOwnNotification(context: Context, id: string): Promise<Notification | null> {
  if (!context.viewer) return null;
  return context.em.findOne(Notification, { id, recipient: context.viewer.id }, { populate: ['actor'] });
}
