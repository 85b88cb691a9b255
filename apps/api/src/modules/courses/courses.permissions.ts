import type { Context } from '../../context.js';
import { can as canForOrganization } from '../organizations/organizations.permissions.js';
import { maySeeModerated } from '../moderation/index.js';
import type { Course } from './course.entity.js';

/** The institute's acting members manage its courses (edit, see drafts and enrolments, mark completions). */
export function managesCourse(context: Context, course: Course): Promise<boolean> {
  return canForOrganization(context, 'actFor', course.institute);
}

/** A draft is the institute's own; published and archived courses are public, unless reports or a moderator hid one. */
export async function maySeeCourse(context: Context, course: Course): Promise<boolean> {
  if (course.status === 'DRAFT') return managesCourse(context, course);
  return maySeeModerated(context, course, () => managesCourse(context, course));
}

/** maySeeCourse for someone who is no institute's member, as an SQL condition on the courses table under `alias`. */
export function publicCoursesSql(alias: string): string {
  return `${alias}.status <> 'DRAFT' and ${alias}.hidden_at is null`;
}
