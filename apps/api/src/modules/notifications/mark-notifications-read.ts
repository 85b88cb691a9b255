import type { Context } from '../../context.js';
import { requireViewer } from '../../core/authorization.js';
import { idOfType } from '../../core/global-id.js';
import { UserErrorCode, UserErrorException, userError } from '../../core/user-error.js';
import { maxPageSize } from '../../core/connection.js';
import { Notification } from './notification.entity.js';
import type { MarkNotificationsReadInput } from './notification.type.js';
import { unreadCount } from './unread-count.js';

/** Marks the named notifications of the viewer (or all of them) read, by one atomic update. */
export async function markNotificationsRead(context: Context, input: MarkNotificationsReadInput): Promise<{ notifications: Notification[]; unreadCount: number }> {
  const viewer = requireViewer(context);
  const now = new Date();
  if (input.ids) {
    if (input.ids.length > maxPageSize) throw new UserErrorException(userError(UserErrorCode.INVALID, { key: 'error.atMostAtOnce', params: { limit: maxPageSize } }, 'input.ids'));
    const ids = input.ids.map((globalId) => idOfType(globalId, 'Notification'));
    if (ids.some((id) => !id)) throw new UserErrorException(userError(UserErrorCode.NOT_FOUND, { key: 'error.noSuchNotification' }, 'input.ids'));
    const notifications = await context.em.find(Notification, { id: { $in: ids as string[] }, recipient: viewer.id }, { populate: ['actor'] });
    if (notifications.length !== new Set(ids).size) throw new UserErrorException(userError(UserErrorCode.NOT_FOUND, { key: 'error.noSuchNotification' }, 'input.ids'));
    await context.em.nativeUpdate(Notification, { id: { $in: ids as string[] }, recipient: viewer.id, readAt: null }, { readAt: now });
    for (const notification of notifications) notification.readAt ??= now;
    return { notifications, unreadCount: await unreadCount(context.em, viewer.id) };
  }
  await context.em.nativeUpdate(Notification, { recipient: viewer.id, readAt: null }, { readAt: now });
  return { notifications: [], unreadCount: 0 };
}
