import type { Locale } from '@gotong/domain';
import { NotificationKind } from './notification-kinds.js';

type Described = { kind: NotificationKind; title: string; text: string | null; actorName: string | null };

const someone = { id: 'Seseorang', en: 'Someone' };

const proposalStatuses: Record<string, Record<Locale, string>> = {
  UNDER_REVIEW: { id: 'sedang ditinjau', en: 'under review' },
  CHANGES_REQUESTED: { id: 'perlu perbaikan', en: 'changes requested' },
  ACCEPTED: { id: 'diterima', en: 'accepted' },
  REJECTED: { id: 'ditolak', en: 'rejected' },
};

const courseAspects: Record<string, Record<Locale, string>> = {
  TITLE: { id: 'judul', en: 'title' },
  FORMAT: { id: 'bentuk', en: 'format' },
  SCHEDULE: { id: 'jadwal', en: 'schedule' },
  PLACE: { id: 'tempat', en: 'place' },
  ARCHIVED: { id: 'diarsipkan', en: 'archived' },
  REOPENED: { id: 'dibuka kembali', en: 'reopened' },
};

/** Words for a stored value (a status, the aspects of a course that changed), or the value itself when unknown. */
function worded(labels: Record<string, Record<Locale, string>>, values: string | null, locale: Locale): string {
  return (values ?? '')
    .split(',')
    .map((value) => labels[value]?.[locale] ?? value)
    .join(', ');
}

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
    case NotificationKind.PROPOSAL_REVIEWED: {
      const status = worded(proposalStatuses, notification.text, locale);
      return en ? `Your pilot proposal ${title} was reviewed: ${status}` : `Usulan uji coba Anda ${title} telah ditinjau: ${status}`;
    }
    case NotificationKind.PROPOSAL_RECEIVED:
      return en ? `${notification.text} submitted the pilot proposal ${title} to your agency` : `${notification.text} mengajukan usulan uji coba ${title} ke instansi Anda`;
    case NotificationKind.INNOVATION_REQUESTED:
      return en
        ? `The pilot proposal ${title} was accepted: create the innovation from the idea “${notification.text}”`
        : `Usulan uji coba ${title} diterima: buat inovasi dari gagasan “${notification.text}”`;
    case NotificationKind.INNOVATION_STAGE_CHANGED:
      return en ? `${title}, which you follow, moved to ${notification.text}` : `${title} yang Anda ikuti pindah ke tahap ${notification.text}`;
    case NotificationKind.COURSE_CHANGED: {
      const aspects = worded(courseAspects, notification.text, locale);
      return en ? `The course ${title} you enrolled in changed: ${aspects}` : `Pelatihan ${title} yang Anda ikuti berubah: ${aspects}`;
    }
  }
}
