import type { Context } from '../../context.js';
import { requireViewer } from '../../core/authorization.js';
import { forbidden } from '../../core/errors.js';
import { publish } from '../../core/events.js';
import { idOfType } from '../../core/global-id.js';
import { Topic } from '../../core/pubsub.js';
import { UserErrorCode, UserErrorException, userError } from '../../core/user-error.js';
import type { Course } from './course.entity.js';
import { managesCourse } from './courses.permissions.js';
import { Enrollment } from './enrollment.entity.js';
import { loadEnrollment } from './enroll-in-course.js';

/** The institute marks an enrolled person as having completed the course (the seat stays taken). */
export async function completeEnrollment(context: Context, enrollmentGlobalId: string): Promise<{ enrollment: Enrollment; course: Course }> {
  const viewer = requireViewer(context);
  const id = idOfType(enrollmentGlobalId, 'Enrollment');
  const enrollment = id ? await context.em.findOne(Enrollment, { id }, { populate: ['course.institute'] }) : null;
  if (!enrollment) throw new UserErrorException(userError(UserErrorCode.NOT_FOUND, { key: 'error.noSuchEnrollment' }, 'input.enrollmentId'));
  if (!(await managesCourse(context, enrollment.course))) throw forbidden("Only the institute's officers mark completions.");
  const updated = await context.em.nativeUpdate(Enrollment, { id: enrollment.id, status: 'ENROLLED' }, { status: 'COMPLETED', completedAt: new Date(), completedBy: viewer.id });
  if (updated === 0) throw new UserErrorException(userError(UserErrorCode.NOT_ALLOWED_NOW, { key: 'error.seatNotEnrolled' }, 'input.enrollmentId'));
  await publish(context, Topic.CourseChanged, { courseId: enrollment.course.id });
  return loadEnrollment(context, enrollment.id);
}
