import { NotificationAddedDocument } from '@gotong/graphql-client';
import { Link } from '@remix-run/react';
import { useT } from '~/lib/i18n';
import { useRootData } from '~/lib/root-data';
import { useLiveEvents, useLiveState } from '~/lib/use-live';

/**
 * The header's link to the notification centre. The unread count comes with the root loader's data; each new
 * notification over the WebSocket adds one, until that data is loaded again.
 */
export function NotificationBadge() {
  const t = useT();
  const [root, applyLive] = useLiveState(useRootData());
  const viewer = root?.viewer ?? null;
  useLiveEvents(NotificationAddedDocument, viewer ? {} : null, ({ notificationAdded }) =>
    applyLive((current) => (current && !notificationAdded.read ? { ...current, unreadNotifications: current.unreadNotifications + 1 } : current)),
  );
  if (!viewer) return null;
  const count = root?.unreadNotifications ?? 0;
  return (
    // The accessible name starts with the visible text ("Notifikasi 3 belum dibaca"), as WCAG 2.5.3 asks.
    <Link to="/notifikasi" className="notification-badge">
      <span className="bell-icon" aria-hidden="true" />
      <span className="notification-label">{t('nav.notifications')}</span>
      {count > 0 ? (
        <>
          {' '}
          <span className="badge badge-count" data-testid="unread-count">
            {count}
          </span>
          <span className="visually-hidden"> {t('notifications.badgeUnreadWord')}</span>
        </>
      ) : null}
    </Link>
  );
}
