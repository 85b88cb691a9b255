import { MarkNotificationsReadDocument, NotificationAddedDocument, NotificationsDocument } from '@gotong/graphql-client';
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { EmptyState } from '~/components/empty-state';
import { ButtonForm } from '~/components/form';
import { Notice } from '~/components/notice';
import { useNotificationSentence } from '~/components/notifications/notification-sentence';
import { subjectPath } from '~/components/notifications/subject-link';
import { Pagination } from '~/components/pagination';
import { verifiedFormData } from '~/lib/csrf.server';
import { textOf } from '~/lib/forms';
import { graphql } from '~/lib/graphql.server';
import { useFormatDate, useT } from '~/lib/i18n';
import { withNotice } from '~/lib/notice';
import { useLiveEvents, useLiveState } from '~/lib/use-live';
import { requireViewer } from '~/lib/viewer.server';
import { pageMeta } from '~/lib/meta';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'meta.notifications');

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireViewer({ request, context });
  const after = new URL(request.url).searchParams.get('setelah');
  const { notifications } = await graphql({ request, context }, NotificationsDocument, { first: 20, after });
  return { notifications, firstPage: !after };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await verifiedFormData(request);
  const id = textOf(formData, 'id');
  await graphql({ request, context }, MarkNotificationsReadDocument, { input: id ? { ids: [id] } : {} });
  return redirect(id ? '/notifikasi' : withNotice('/notifikasi', 'notifications.allRead'));
}

export default function Notifications() {
  const t = useT();
  const formatDate = useFormatDate();
  const sentenceOf = useNotificationSentence();
  const [{ notifications }, applyLive] = useLiveState(useLoaderData<typeof loader>());
  // A new notification is the newest: it heads the first page and counts as unread.
  useLiveEvents(NotificationAddedDocument, {}, ({ notificationAdded }) =>
    applyLive((page) => {
      if (page.notifications.edges.some(({ node }) => node.id === notificationAdded.id)) return page;
      const edges = page.firstPage ? [{ cursor: '', node: notificationAdded }, ...page.notifications.edges] : page.notifications.edges;
      return { ...page, notifications: { ...page.notifications, edges, unreadCount: page.notifications.unreadCount + (notificationAdded.read ? 0 : 1) } };
    }),
  );
  return (
    <section aria-labelledby="notifications-title">
      <h1 id="notifications-title">{t('notifications.title')}</h1>
      <Notice />
      <p className="meta" aria-live="polite">
        {t('notifications.unread', { count: notifications.unreadCount })}
      </p>
      <div>
        {notifications.unreadCount > 0 ? <ButtonForm className="button button-secondary">{t('notifications.markAllRead')}</ButtonForm> : null}{' '}
        <Link to="/notifikasi/pengaturan">{t('notifications.settings')}</Link>
      </div>
      {notifications.edges.length === 0 ? (
        <EmptyState>{t('notifications.empty')}</EmptyState>
      ) : (
        <ul className="card-list" aria-live="polite">
          {notifications.edges.map(({ node }) => {
            const sentence = sentenceOf(node);
            const path = subjectPath(node.subjectId);
            return (
              <li key={node.id} className="card" data-testid="notification">
                {node.read ? null : <strong className="badge">{t('notifications.new')}</strong>}
                {path ? <Link to={path}>{sentence}</Link> : sentence}
                {node.quote ? <blockquote>{node.quote}</blockquote> : null}
                <p className="meta">{formatDate(node.createdAt)}</p>
                {node.read ? null : (
                  <ButtonForm hidden={{ id: node.id }} className="link-button" label={t('notifications.markReadOf', { title: node.title })}>
                    {t('notifications.markRead')}
                  </ButtonForm>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <Pagination pageInfo={notifications.pageInfo} />
    </section>
  );
}
