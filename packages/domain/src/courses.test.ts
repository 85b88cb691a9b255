import { describe, expect, it } from 'vitest';
import { courseContentSchema, isCourseOpenForEnrollment } from './courses.js';

describe('course rules', () => {
  const valid = {
    title: 'Literasi Digital Aparatur',
    summary: 'Dasar keamanan data dan layanan digital untuk aparatur.',
    format: 'HYBRID',
    sessions: [{ startsAt: '2027-01-10T02:00:00Z', endsAt: '2027-01-10T05:00:00Z', place: 'Aula' }],
    capacity: 30,
  };

  it('accepts a course and refuses a session that ends before it starts or a zero capacity', () => {
    expect(courseContentSchema.safeParse(valid).success).toBe(true);
    expect(courseContentSchema.safeParse({ ...valid, capacity: 0 }).success).toBe(false);
    const backwards = { ...valid, sessions: [{ startsAt: '2027-01-10T05:00:00Z', endsAt: '2027-01-10T02:00:00Z' }] };
    const result = courseContentSchema.safeParse(backwards);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['sessions', 0, 'endsAt']);
  });

  it('opens enrolment only on a published course before it starts', () => {
    const now = new Date('2027-01-01T00:00:00Z');
    const later = new Date('2027-01-10T00:00:00Z');
    expect(isCourseOpenForEnrollment('PUBLISHED', later, now)).toBe(true);
    expect(isCourseOpenForEnrollment('DRAFT', later, now)).toBe(false);
    expect(isCourseOpenForEnrollment('PUBLISHED', now, later)).toBe(false);
  });
});
