import type { Context } from '../../context.js';
import { requireViewer } from '../../core/authorization.js';
import { publish } from '../../core/events.js';
import { Topic } from '../../core/pubsub.js';
import { UserErrorCode, UserErrorException, userError } from '../../core/user-error.js';
import type { Course } from './course.entity.js';
import { Enrollment } from './enrollment.entity.js';
import { loadEnrollment } from './enroll-in-course.js';
import { findCourseInput, lockCourse } from './find-course.js';

/** Gives the viewer's seat back; a completed course stays completed. */
export async function cancelEnrollment(context: Context, courseGlobalId: string): Promise<{ enrollment: Enrollment; course: Course }> {
  const viewer = requireViewer(context);
  const { id } = await findCourseInput(context, courseGlobalId, 'input.courseId');
  const enrollmentId = await context.em.transactional(async (em) => {
    const course = await lockCourse(em, id);
    const enrollment = await em.findOne(Enrollment, { course: course.id, user: viewer.id });
    if (!enrollment || enrollment.status !== 'ENROLLED') throw new UserErrorException(userError(UserErrorCode.NOT_ALLOWED_NOW, { key: 'error.noSeatInCourse' }, 'input.courseId'));
    enrollment.status = 'CANCELLED';
    course.seatsTaken -= 1;
    await em.flush();
    return enrollment.id;
  });
  await publish(context, Topic.CourseChanged, { courseId: id });
  return loadEnrollment(context, enrollmentId);
}
