import { stageLabels, type InnovationStage } from '@gotong/domain';
import type { NotificationItemFragment, NotificationKind } from '@gotong/graphql-client';
import { dynamicKey, useLocale, useT } from '~/lib/i18n';

/** Kinds whose detail is a stored value (a status, the aspects of a course that changed) with words of its own. */
const detailKeyPrefixes: Partial<Record<NotificationKind, string>> = {
  IDEA_REVIEWED: 'ideas.status.',
  PROPOSAL_REVIEWED: 'proposals.status.',
  COURSE_CHANGED: 'notifications.courseChange.',
};

type Described = Pick<NotificationItemFragment, 'kind' | 'title' | 'text' | 'actor'>;

/** What a notification says, in the page's language: "Budi replied to your comment on …". */
export function useNotificationSentence(): (notification: Described) => string {
  const t = useT();
  const locale = useLocale();
  const detail = ({ kind, text }: Described) => {
    if (!text) return '';
    if (kind === 'INNOVATION_STAGE_CHANGED') return stageLabels[text as InnovationStage]?.[locale] ?? text;
    const prefix = detailKeyPrefixes[kind];
    return prefix ? text.split(',').map((value) => t(dynamicKey(`${prefix}${value}`))).join(', ') : text;
  };
  return (notification) =>
    t(`notificationKind.${notification.kind}`, {
      actor: notification.actor?.displayName ?? t('notifications.someone'),
      title: notification.title,
      text: detail(notification),
    });
}
