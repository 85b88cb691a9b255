import { z } from 'zod';

/** Courses of training institutes: formats, statuses and the editor's rules. */
export const courseFormats = ['ONLINE', 'IN_PERSON', 'HYBRID'] as const;
export type CourseFormat = (typeof courseFormats)[number];

export const courseStatuses = ['DRAFT', 'PUBLISHED', 'ARCHIVED'] as const;
export type CourseStatus = (typeof courseStatuses)[number];

export const enrollmentStatuses = ['ENROLLED', 'CANCELLED', 'COMPLETED'] as const;
export type EnrollmentStatus = (typeof enrollmentStatuses)[number];

export const maxCourseCapacity = 10_000;

const text = (min: number, max: number) => z.string().trim().min(1, { message: 'required' }).min(min, { message: 'tooShort' }).max(max, { message: 'tooLong' });

const courseSession = z
  .object({
    startsAt: z.coerce.date({ message: 'invalid' }),
    endsAt: z.coerce.date({ message: 'invalid' }),
    place: z.string().trim().max(200, { message: 'tooLong' }).default(''),
  })
  .refine((session) => session.endsAt > session.startsAt, { message: 'invalid', path: ['endsAt'] });

export const courseContentSchema = z.object({
  title: text(5, 160),
  summary: text(20, 5000),
  format: z.enum(courseFormats, { message: 'invalid' }),
  sessions: z.array(courseSession).min(1, { message: 'required' }).max(50, { message: 'tooLarge' }),
  capacity: z.number().int({ message: 'invalid' }).min(1, { message: 'tooSmall' }).max(maxCourseCapacity, { message: 'tooLarge' }),
  competencies: z.array(text(2, 80)).max(20, { message: 'tooLarge' }).default([]),
});
export type CourseContent = z.infer<typeof courseContentSchema>;

/** Enrolment opens on a published course until its first session starts. */
export function isCourseOpenForEnrollment(status: CourseStatus, firstSessionStartsAt: Date, now: Date): boolean {
  return status === 'PUBLISHED' && firstSessionStartsAt > now;
}

/** A competency as it is stored and filtered: trimmed, lower-case. */
export function normalizeCompetency(competency: string): string {
  return competency.trim().toLowerCase();
}
