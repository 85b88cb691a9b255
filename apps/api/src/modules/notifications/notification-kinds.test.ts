import { describe, expect, it } from 'vitest';
import { digestDueAt, NotificationDelivery, reachedMilestone } from './notification-kinds.js';
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
