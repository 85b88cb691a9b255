import { NotificationAddedDocument } from '@gotong/graphql-client';
import { Link } from '@remix-run/react';
import { useT } from '~/lib/i18n';
import { useRootData } from '~/lib/root-data';
import { useLiveRevalidation } from '~/lib/use-live';

/**
 * The header's link to the notification centre. The unread count comes with every page (the root loader); a new
 * notification over the WebSocket reloads the page's data, and with it the count.
 */
export function NotificationBadge() {
  const t = useT();
  const root = useRootData();
  const viewer = root?.viewer ?? null;
  useLiveRevalidation(NotificationAddedDocument, viewer ? {} : null);
  if (!viewer) return null;
  const count = root?.unreadNotifications ?? 0;
  return (
    <Link to="/notifikasi" className="notification-badge" aria-label={count > 0 ? t('notifications.badge', { count }) : t('nav.notifications')}>
      {t('nav.notifications')}
      {count > 0 ? (
        <span className="badge" aria-hidden="true" data-testid="unread-count">
          {count}
        </span>
      ) : null}
    </Link>
  );
}
