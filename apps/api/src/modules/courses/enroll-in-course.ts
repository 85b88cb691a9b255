import { isCourseOpenForEnrollment } from '@gotong/domain';
import type { Context } from '../../context.js';
import { requireViewer } from '../../core/authorization.js';
import { publish } from '../../core/events.js';
import { Topic } from '../../core/pubsub.js';
import { UserErrorCode, UserErrorException, userError } from '../../core/user-error.js';
import type { Course } from './course.entity.js';
import { Enrollment } from './enrollment.entity.js';
import { findCourseInput, lockCourse } from './find-course.js';

/**
 * Takes a seat. The course row is locked for the check and the increment, so many people enrolling at once
 * never take more seats than there are; the unique (course, person) pair keeps one row per person.
 */
export async function enrollInCourse(context: Context, courseGlobalId: string): Promise<{ enrollment: Enrollment; course: Course }> {
  const viewer = requireViewer(context);
  const { id } = await findCourseInput(context, courseGlobalId, 'input.courseId');
  const enrollmentId = await context.em.transactional(async (em) => {
    const course = await lockCourse(em, id);
    if (!isCourseOpenForEnrollment(course.status, course.firstSessionStartsAt, new Date())) {
      throw new UserErrorException(userError(UserErrorCode.CLOSED, { key: 'error.courseClosed' }, 'input.courseId'));
    }
    const existing = await em.findOne(Enrollment, { course: course.id, user: viewer.id });
    if (existing && existing.status !== 'CANCELLED') throw new UserErrorException(userError(UserErrorCode.ALREADY_DONE, { key: 'error.alreadyEnrolled' }, 'input.courseId'));
    if (course.seatsTaken >= course.capacity) throw new UserErrorException(userError(UserErrorCode.FULL, { key: 'error.courseFull' }, 'input.courseId'));
    course.seatsTaken += 1;
    const enrollment = existing ?? em.create(Enrollment, { course, user: viewer.id });
    enrollment.status = 'ENROLLED';
    await em.flush();
    return enrollment.id;
  });
  await publish(context, Topic.CourseChanged, { courseId: id });
  return loadEnrollment(context, enrollmentId);
}

export async function loadEnrollment(context: Context, id: string): Promise<{ enrollment: Enrollment; course: Course }> {
  const enrollment = await context.em.findOneOrFail(Enrollment, { id }, { populate: ['course.institute', 'user'], refresh: true });
  return { enrollment, course: enrollment.course };
}
