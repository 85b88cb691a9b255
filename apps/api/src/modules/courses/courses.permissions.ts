import type { Context } from '../../context.js';
import { can as canForOrganization } from '../organizations/organizations.permissions.js';
import type { Course } from './course.entity.js';

/** The institute's acting members manage its courses (edit, see drafts and enrolments, mark completions). */
export function managesCourse(context: Context, course: Course): Promise<boolean> {
  return canForOrganization(context, 'actFor', course.institute);
}

/** A draft is the institute's own; published and archived courses are public. */
export async function maySeeCourse(context: Context, course: Course): Promise<boolean> {
  return course.status !== 'DRAFT' || (await managesCourse(context, course));
}

/** maySeeCourse for someone who is no institute's member, as an SQL condition on the courses table under `alias`. */
export function publicCoursesSql(alias: string): string {
  return `${alias}.status <> 'DRAFT'`;
}
