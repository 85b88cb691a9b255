import { describe, expect, it } from 'vitest';
import { changedAspects } from './course-changes.js';

const course = {
  title: 'Pelayanan Prima',
  format: 'IN_PERSON' as const,
  status: 'PUBLISHED' as const,
  sessions: [{ startsAt: '2026-12-10T02:00:00.000Z', endsAt: '2026-12-10T05:00:00.000Z', place: 'Aula Lembaga' }],
};

describe('what an enrolled person hears changed in a course', () => {
  it('is nothing when the course is saved as it was, even with its times written another way', () => {
    expect(changedAspects(course, { ...course, sessions: [{ ...course.sessions[0], startsAt: '2026-12-10T09:00:00+07:00' }] })).toEqual([]);
  });

  it('names each aspect that changed, in a fixed order', () => {
    const moved = [{ startsAt: '2026-12-12T02:00:00.000Z', endsAt: '2026-12-12T05:00:00.000Z', place: 'Gedung Serbaguna' }];
    expect(changedAspects(course, { ...course, sessions: moved, title: 'Pelayanan Prima di Loket' })).toEqual(['TITLE', 'SCHEDULE', 'PLACE']);
    expect(changedAspects(course, { ...course, format: 'ONLINE' })).toEqual(['FORMAT']);
    expect(changedAspects(course, { ...course, sessions: [...course.sessions, { ...course.sessions[0], startsAt: '2026-12-11T02:00:00.000Z' }] })).toEqual(['SCHEDULE', 'PLACE']);
  });

  it('tells archiving and reopening apart, and says nothing of a draft being published', () => {
    expect(changedAspects(course, { ...course, status: 'ARCHIVED' })).toEqual(['ARCHIVED']);
    expect(changedAspects({ ...course, status: 'ARCHIVED' }, course)).toEqual(['REOPENED']);
    expect(changedAspects({ ...course, status: 'DRAFT' }, course)).toEqual([]);
  });
});
