import type { CourseFormat, CourseStatus } from '@gotong/domain';
import type { CourseSession } from './course.entity.js';

/** What an enrolled person would want to hear changed: not the summary, competencies or places left. */
export type CourseAspect = 'TITLE' | 'FORMAT' | 'SCHEDULE' | 'PLACE' | 'ARCHIVED' | 'REOPENED';

type CourseFacts = { title: string; format: CourseFormat; status: CourseStatus; sessions: readonly CourseSession[] };

const same = <T>(before: readonly T[], after: readonly T[]) => before.length === after.length && before.every((value, index) => value === after[index]);

/** The aspects that differ between a course before and after an edit, in a fixed order. */
export function changedAspects(before: CourseFacts, after: CourseFacts): CourseAspect[] {
  const times = (course: CourseFacts) => course.sessions.map((session) => `${new Date(session.startsAt).getTime()}-${new Date(session.endsAt).getTime()}`);
  const places = (course: CourseFacts) => course.sessions.map((session) => session.place);
  const aspects: CourseAspect[] = [];
  if (before.title !== after.title) aspects.push('TITLE');
  if (before.format !== after.format) aspects.push('FORMAT');
  if (!same(times(before), times(after))) aspects.push('SCHEDULE');
  if (!same(places(before), places(after))) aspects.push('PLACE');
  if (before.status !== 'ARCHIVED' && after.status === 'ARCHIVED') aspects.push('ARCHIVED');
  if (before.status === 'ARCHIVED' && after.status === 'PUBLISHED') aspects.push('REOPENED');
  return aspects;
}
