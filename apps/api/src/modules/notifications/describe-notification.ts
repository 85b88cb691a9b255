import type { Locale } from '@gotong/domain';
import { NotificationKind } from './notification-kinds.js';

type Described = { kind: NotificationKind; title: string; text: string | null; actorName: string | null };

const someone = { id: 'Seseorang', en: 'Someone' };

/** One line telling what happened, in the reader's language (for emails; the web app words its own). */
export function describeNotification(notification: Described, locale: Locale): string {
  const en = locale === 'en';
  const actor = notification.actorName ?? (en ? someone.en : someone.id);
  const title = `“${notification.title}”`;
  switch (notification.kind) {
    case NotificationKind.COMMENT_REPLY:
      return en ? `${actor} replied to your comment on ${title}` : `${actor} membalas komentar Anda di ${title}`;
    case NotificationKind.FOLLOWED_COMMENT:
      return en ? `${actor} commented on ${title}, which you follow` : `${actor} berkomentar di ${title} yang Anda ikuti`;
    case NotificationKind.VOTE_MILESTONE:
      return en ? `Your idea ${title} reached ${notification.text} votes` : `Gagasan Anda ${title} mencapai ${notification.text} dukungan`;
    case NotificationKind.IDEA_REVIEWED:
      return en ? `Your idea ${title} was reviewed: ${notification.text}` : `Gagasan Anda ${title} telah ditinjau: ${notification.text}`;
    case NotificationKind.PROPOSAL_REVIEWED:
      return en ? `Your proposal ${title} was reviewed: ${notification.text}` : `Usulan Anda ${title} telah ditinjau: ${notification.text}`;
    case NotificationKind.INNOVATION_STAGE_CHANGED:
      return en ? `${title}, which you follow, moved to ${notification.text}` : `${title} yang Anda ikuti pindah ke tahap ${notification.text}`;
    case NotificationKind.COURSE_CHANGED:
      return en ? `The course ${title} you enrolled in changed` : `Kursus ${title} yang Anda ikuti berubah`;
  }
}
