import { z } from 'zod';

/** Ideas, the forum, comments and moderation: rules shared by the API (authoritative) and the web forms. */
export const ideaKinds = ['PROBLEM', 'SOLUTION'] as const;
export type IdeaKind = (typeof ideaKinds)[number];

export const ideaStatuses = ['OPEN', 'UNDER_REVIEW', 'ACCEPTED', 'DECLINED', 'MERGED'] as const;
export type IdeaStatus = (typeof ideaStatuses)[number];

/** What an agency's officers may set with reviewIdea; ACCEPTED comes from creating an innovation. */
export const ideaReviewStatuses = ['UNDER_REVIEW', 'DECLINED', 'MERGED'] as const;
export type IdeaReviewStatus = (typeof ideaReviewStatuses)[number];

export const discussionCategories = ['GENERAL', 'PUBLIC_SERVICES', 'INNOVATION', 'DIGITAL', 'HELP'] as const;
export type DiscussionCategory = (typeof discussionCategories)[number];

export const maxIdeaTags = 8;
export const maxCommentDepth = 6;

/** An author edits an idea only while nobody has started reviewing it. */
export function isIdeaEditable(status: IdeaStatus): boolean {
  return status === 'OPEN';
}

/** Votes are taken while an idea is open or under review; a decided or merged idea keeps its count. */
export function isIdeaVotable(status: IdeaStatus): boolean {
  return status === 'OPEN' || status === 'UNDER_REVIEW';
}

export function isIdeaReviewable(status: IdeaStatus): boolean {
  return status === 'OPEN' || status === 'UNDER_REVIEW';
}

/**
 * HOT ranking: every vote (and the posting itself) weighs 2^(t / halfLife), t counted from a fixed epoch,
 * so a vote a half-life newer weighs twice as much. The score stored is log2 of the sum: it never changes
 * while time passes (so it can be indexed) and grows by a log-sum-exp step on each vote.
 */
export const hotEpoch = Date.UTC(2026, 0, 1);
export const hotHalfLifeHours = 36;

export function hotTime(at: Date): number {
  return (at.getTime() - hotEpoch) / (hotHalfLifeHours * 3_600_000);
}

/** log2(2^score + 2^time) without overflow: the score after one more weight at `time`. */
export function addHotWeight(score: number, time: number): number {
  const high = Math.max(score, time);
  return high + Math.log2(1 + 2 ** -Math.min(60, Math.abs(score - time)));
}

const text = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(1, { message: 'required' })
    .min(min, { message: 'tooShort' })
    .max(max, { message: 'tooLong' });

export const tagSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(2, { message: 'tooShort' })
  .max(30, { message: 'tooLong' })
  .regex(/^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u, { message: 'invalid' });

export const tagsSchema = z
  .array(tagSchema)
  .max(maxIdeaTags, { message: 'tooLong' })
  .transform((tags) => [...new Set(tags)]);

export const ideaTitle = text(8, 160);
export const ideaBody = text(20, 20_000);

export const postIdeaSchema = z.object({
  kind: z.enum(ideaKinds),
  title: ideaTitle,
  body: ideaBody,
  tags: tagsSchema.default([]),
});

export const editIdeaSchema = z.object({
  title: ideaTitle.optional(),
  body: ideaBody.optional(),
  tags: tagsSchema.optional(),
});

export const decisionReason = text(10, 2000);

export const startDiscussionSchema = z.object({
  category: z.enum(discussionCategories),
  title: text(8, 160),
  body: text(10, 20_000),
});

export const commentBody = text(1, 10_000);

export const reportReason = text(5, 1000);
export const moderationReason = text(3, 1000);
