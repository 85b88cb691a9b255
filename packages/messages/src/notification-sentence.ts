import type { MessageKey } from './catalogue.js';
import type { Translate } from './format.js';

/** What a notification stores: its kind, the subject's title, a detail (a code or a name) and who caused it. */
export type NotificationFacts = { kind: string; title: string; text: string | null; actorName: string | null };

/** Kinds whose detail is a stored code (a status, a stage, the aspects of a course that changed) with words of its own. */
const detailKeyPrefixes: Record<string, string> = {
  IDEA_REVIEWED: 'ideas.status.',
  PROPOSAL_REVIEWED: 'proposals.status.',
  COURSE_CHANGED: 'notifications.courseChange.',
  INNOVATION_STAGE_CHANGED: 'stage.',
  CONTENT_REPORTED: 'moderation.category.',
  CONTENT_HIDDEN: 'moderation.hiddenBy.',
  RESPONSES_OVERDUE: 'responses.step.',
};

function detail(t: Translate, { kind, text }: NotificationFacts): string {
  if (!text) return '';
  const prefix = detailKeyPrefixes[kind];
  return prefix ? text.split(',').map((code) => t(`${prefix}${code}` as MessageKey)).join(', ') : text;
}

/** What a notification says in the translator's language ("Budi replied to your comment on …"): the web and emails alike. */
export function notificationSentence(t: Translate, notification: NotificationFacts): string {
  return t(`notificationKind.${notification.kind}` as MessageKey, {
    actor: notification.actorName ?? t('notifications.someone'),
    title: notification.title,
    text: detail(t, notification),
  });
}
