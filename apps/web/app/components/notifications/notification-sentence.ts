import { notificationSentence } from '@gotong/messages/format';
import type { NotificationItemFragment } from '@gotong/graphql-client';
import { useT } from '~/lib/i18n';

type Described = Pick<NotificationItemFragment, 'kind' | 'title' | 'text' | 'actor'>;

/** What a notification says, in the page's language: "Budi replied to your comment on …" (the emails say the same). */
export function useNotificationSentence(): (notification: Described) => string {
  const t = useT();
  return (notification) => notificationSentence(t, { ...notification, actorName: notification.actor?.displayName ?? null });
}
