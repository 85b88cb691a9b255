import { UnreadNotificationCountDocument } from '@gotong/graphql-client';
import type { LoaderFunctionArgs } from '@remix-run/node';
import { graphql } from '~/lib/graphql.server';

/** The unread count for the header badge (a resource route: JSON, no page). */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const { notifications } = await graphql({ request, context }, UnreadNotificationCountDocument);
  return { unreadCount: notifications.unreadCount };
}
