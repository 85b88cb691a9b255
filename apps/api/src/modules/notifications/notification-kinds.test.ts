import { describe, expect, it } from 'vitest';
import { describeNotification } from './describe-notification.js';
import { digestDueAt, NotificationDelivery, NotificationKind, reachedMilestone } from './notification-kinds.js';
import { retryDelayMilliseconds } from './send-emails.js';

describe('vote milestones', () => {
  it('is the highest milestone reached, or null below the first', () => {
    expect([0, 9, 10, 24, 25, 99, 100, 12_345].map(reachedMilestone)).toEqual([null, null, 10, 10, 25, 50, 100, 10_000]);
  });
});

describe('digest schedule', () => {
  it('sends a daily digest at the next 00:00 UTC (07:00 in Jakarta), even for a notification made just before it', () => {
    expect(digestDueAt(NotificationDelivery.DAILY_DIGEST, new Date('2026-11-28T09:30:00Z'))).toEqual(new Date('2026-11-29T00:00:00Z'));
    expect(digestDueAt(NotificationDelivery.DAILY_DIGEST, new Date('2026-11-28T23:59:59Z'))).toEqual(new Date('2026-11-29T00:00:00Z'));
    expect(digestDueAt(NotificationDelivery.DAILY_DIGEST, new Date('2026-11-29T00:00:00Z'))).toEqual(new Date('2026-11-30T00:00:00Z'));
  });

  it('sends a weekly digest on the next Monday, and a Sunday-night notification the next morning', () => {
    // 2026-11-28 is a Saturday.
    expect(digestDueAt(NotificationDelivery.WEEKLY_DIGEST, new Date('2026-11-28T09:30:00Z'))).toEqual(new Date('2026-11-30T00:00:00Z'));
    expect(digestDueAt(NotificationDelivery.WEEKLY_DIGEST, new Date('2026-11-29T23:00:00Z'))).toEqual(new Date('2026-11-30T00:00:00Z'));
    expect(digestDueAt(NotificationDelivery.WEEKLY_DIGEST, new Date('2026-11-30T01:00:00Z'))).toEqual(new Date('2026-12-07T00:00:00Z'));
  });

  it('has no digest time for the other deliveries', () => {
    for (const delivery of [NotificationDelivery.OFF, NotificationDelivery.IN_APP, NotificationDelivery.EMAIL_AT_ONCE]) {
      expect(digestDueAt(delivery, new Date())).toBeNull();
    }
  });
});

describe('email retries', () => {
  it('wait twice as long each time, at most an hour', () => {
    expect([1, 2, 3, 20].map(retryDelayMilliseconds)).toEqual([2000, 4000, 8000, 3_600_000]);
  });
});

describe('email wording', () => {
  it('words every kind in both languages, with statuses and course changes in words', () => {
    for (const kind of Object.values(NotificationKind)) {
      for (const locale of ['id', 'en'] as const) {
        expect(describeNotification({ kind, title: 'Judul', text: 'ACCEPTED', actorName: 'Budi' }, locale)).toContain('“Judul”');
      }
    }
    const reviewed = { kind: NotificationKind.PROPOSAL_REVIEWED, title: 'Antrean daring', text: 'CHANGES_REQUESTED', actorName: null };
    expect(describeNotification(reviewed, 'id')).toBe('Usulan uji coba Anda “Antrean daring” telah ditinjau: perlu perbaikan');
    expect(describeNotification(reviewed, 'en')).toBe('Your pilot proposal “Antrean daring” was reviewed: changes requested');
    const course = { kind: NotificationKind.COURSE_CHANGED, title: 'Pelayanan Prima', text: 'SCHEDULE,PLACE', actorName: null };
    expect(describeNotification(course, 'id')).toBe('Pelatihan “Pelayanan Prima” yang Anda ikuti berubah: jadwal, tempat');
    expect(describeNotification(course, 'en')).toBe('The course “Pelayanan Prima” you enrolled in changed: schedule, place');
  });
});
