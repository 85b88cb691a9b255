/** What a person can be told about. Each kind has its own delivery setting. */
export enum NotificationKind {
  COMMENT_REPLY = 'COMMENT_REPLY',
  FOLLOWED_COMMENT = 'FOLLOWED_COMMENT',
  VOTE_MILESTONE = 'VOTE_MILESTONE',
  IDEA_REVIEWED = 'IDEA_REVIEWED',
  PROPOSAL_REVIEWED = 'PROPOSAL_REVIEWED',
  PROPOSAL_RECEIVED = 'PROPOSAL_RECEIVED',
  INNOVATION_REQUESTED = 'INNOVATION_REQUESTED',
  INNOVATION_STAGE_CHANGED = 'INNOVATION_STAGE_CHANGED',
  COURSE_CHANGED = 'COURSE_CHANGED',
  CONTENT_REPORTED = 'CONTENT_REPORTED',
  CONTENT_HIDDEN = 'CONTENT_HIDDEN',
  IDEA_ADDRESSED = 'IDEA_ADDRESSED',
  OFFICIAL_REPLY = 'OFFICIAL_REPLY',
  RESPONSES_OVERDUE = 'RESPONSES_OVERDUE',
}

/** How a kind reaches a person: never, only in the app, or in the app and by email at once or in a digest. */
export enum NotificationDelivery {
  OFF = 'OFF',
  IN_APP = 'IN_APP',
  EMAIL_AT_ONCE = 'EMAIL_AT_ONCE',
  DAILY_DIGEST = 'DAILY_DIGEST',
  WEEKLY_DIGEST = 'WEEKLY_DIGEST',
}

/** The deliveries that send email: choosing one gives consent to notification emails. */
export const emailDeliveries: readonly NotificationDelivery[] = [NotificationDelivery.EMAIL_AT_ONCE, NotificationDelivery.DAILY_DIGEST, NotificationDelivery.WEEKLY_DIGEST];

/** Until a person chooses, everything shows in the app and nothing is emailed. */
export const defaultDelivery = NotificationDelivery.IN_APP;

/** Vote counts at which an idea's author hears of its support. */
export const voteMilestones = [10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000];

/** The highest milestone a count has reached, or null. */
export function reachedMilestone(voteCount: number): number | null {
  let reached: number | null = null;
  for (const milestone of voteMilestones) if (voteCount >= milestone) reached = milestone;
  return reached;
}

const day = 24 * 60 * 60 * 1000;

/**
 * When a notification delivered by digest is emailed: daily digests go out at the next 07:00 in Jakarta (00:00 UTC),
 * weekly ones at the next Monday 07:00 in Jakarta; other deliveries are not emailed later (null).
 */
export function digestDueAt(delivery: NotificationDelivery, createdAt: Date): Date | null {
  if (delivery !== NotificationDelivery.DAILY_DIGEST && delivery !== NotificationDelivery.WEEKLY_DIGEST) return null;
  const nextMidnight = new Date(Math.floor(createdAt.getTime() / day) * day + day);
  if (delivery === NotificationDelivery.DAILY_DIGEST) return nextMidnight;
  const daysToMonday = (8 - nextMidnight.getUTCDay()) % 7;
  return new Date(nextMidnight.getTime() + daysToMonday * day);
}

/** Idea statuses its author hears about, once each. */
export const reviewedIdeaStatuses: ReadonlySet<string> = new Set(['UNDER_REVIEW', 'ACCEPTED', 'DECLINED', 'MERGED']);
