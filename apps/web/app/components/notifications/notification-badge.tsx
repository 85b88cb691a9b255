import { NotificationAddedDocument } from '@gotong/graphql-client';
import { Link, useFetcher } from '@remix-run/react';
import { useEffect, useState } from 'react';
import { useT } from '~/lib/i18n';
import { useViewer } from '~/lib/root-data';
import { useLiveRevalidation } from '~/lib/use-live';
import type { loader as countLoader } from '~/routes/notifikasi.jumlah';

/** The header's link to the notification centre, with the unread count kept live over the WebSocket. */
export function NotificationBadge() {
  const t = useT();
  const viewer = useViewer();
  const fetcher = useFetcher<typeof countLoader>();
  const [added, setAdded] = useState(0);
  const { load } = fetcher;
  useEffect(() => {
    if (viewer) load('/notifikasi/jumlah');
  }, [viewer, load]);
  useEffect(() => setAdded(0), [fetcher.data]);
  useLiveRevalidation(NotificationAddedDocument, viewer ? {} : null, () => setAdded((count) => count + 1));
  if (!viewer) return null;
  const count = (fetcher.data?.unreadCount ?? 0) + added;
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
