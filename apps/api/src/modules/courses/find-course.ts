import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import { idOfType } from '../../core/global-id.js';
import { UserErrorCode, UserErrorException, userError } from '../../core/user-error.js';
import { Course } from './course.entity.js';
import { maySeeCourse } from './courses.permissions.js';

/** A course the viewer may see, or null (a draft is hidden from outsiders as if it did not exist). */
export async function findVisibleCourse(context: Context, id: string): Promise<Course | null> {
  const course = await context.em.findOne(Course, { id }, { populate: ['institute'] });
  return course && (await maySeeCourse(context, course)) ? course : null;
}

export async function findCourseInput(context: Context, globalId: string, field: string): Promise<Course> {
  const id = idOfType(globalId, 'Course');
  const course = id ? await findVisibleCourse(context, id) : null;
  if (!course) throw new UserErrorException(userError(UserErrorCode.NOT_FOUND, { key: 'error.noSuchCourse' }, field));
  return course;
}

/** The course's row, locked until the transaction ends: seat counts change only under this lock. */
export function lockCourse(em: EntityManager, id: string): Promise<Course> {
  return em.findOneOrFail(Course, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
}
