import { randomUUID } from 'node:crypto';
import { courseContentSchema, normalizeCompetency } from '@gotong/domain';
import type { Context } from '../../context.js';
import { requireViewer } from '../../core/authorization.js';
import { forbidden } from '../../core/errors.js';
import { publish } from '../../core/events.js';
import { idOfType } from '../../core/global-id.js';
import { Topic } from '../../core/pubsub.js';
import { UserErrorCode, UserErrorException, userError } from '../../core/user-error.js';
import { validateInput } from '../../core/validation.js';
import { findOrganizationInput } from '../organizations/find-organization.js';
import { can as canForOrganization } from '../organizations/organizations.permissions.js';
import { Innovation } from '../pipeline/innovation.entity.js';
import { changedAspects, type CourseAspect } from './course-changes.js';
import { Course, CourseInnovation } from './course.entity.js';
import type { PublishCourseInput } from './course.type.js';
import { findCourseInput, lockCourse } from './find-course.js';

const maxLinkedInnovations = 20;

async function innovationsToLink(context: Context, globalIds: readonly string[]): Promise<Innovation[]> {
  if (globalIds.length > maxLinkedInnovations) throw new UserErrorException(userError(UserErrorCode.INVALID, { key: 'error.atMostInnovations', params: { limit: maxLinkedInnovations } }, 'input.innovationIds'));
  const ids = globalIds.map((globalId) => idOfType(globalId, 'Innovation'));
  const innovations = ids.every(Boolean) ? await context.em.find(Innovation, { id: { $in: ids as string[] } }) : [];
  if (innovations.length !== new Set(ids).size) throw new UserErrorException(userError(UserErrorCode.NOT_FOUND, { key: 'error.noSuchInnovation' }, 'input.innovationIds'));
  return innovations;
}

/** A verified training institute's acting member creates or changes a course (draft, published or archived). */
export async function publishCourse(context: Context, input: PublishCourseInput): Promise<Course> {
  const viewer = requireViewer(context);
  const existing = input.courseId ? await findCourseInput(context, input.courseId, 'input.courseId') : null;
  const institute = existing?.institute ?? (input.instituteId ? await findOrganizationInput(context, input.instituteId, 'input.instituteId') : null);
  if (!institute) throw new UserErrorException(userError(UserErrorCode.REQUIRED, { key: 'error.instituteRequired' }, 'input.instituteId'));
  if (institute.kind !== 'TRAINING_INSTITUTE') throw new UserErrorException(userError(UserErrorCode.INVALID, { key: 'error.coursesOnlyByInstitutes' }, 'input.instituteId'));
  if (!(await canForOrganization(context, 'actFor', institute))) throw forbidden("Only a verified training institute's officers publish its courses.");
  const content = validateInput(courseContentSchema, {
    title: input.title,
    summary: input.summary,
    format: input.format,
    sessions: input.sessions.map((session) => ({ ...session, place: session.place ?? '' })),
    capacity: input.capacity,
    competencies: input.competencies ?? [],
  });
  if (existing && content.capacity < existing.seatsTaken) {
    throw new UserErrorException(userError(UserErrorCode.INVALID, { key: 'error.seatsTaken', params: { count: existing.seatsTaken } }, 'input.capacity'));
  }
  const innovations = await innovationsToLink(context, input.innovationIds ?? []);
  const sessions = [...content.sessions]
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
    .map((session) => ({ startsAt: session.startsAt.toISOString(), endsAt: session.endsAt.toISOString(), place: session.place ?? '' }));
  const fields = {
    title: content.title,
    summary: content.summary,
    format: content.format,
    sessions,
    firstSessionStartsAt: new Date(sessions[0]!.startsAt),
    capacity: content.capacity,
    competencies: [...new Set((content.competencies ?? []).map(normalizeCompetency))],
    status: input.status ?? ('PUBLISHED' as const),
  };
  const { id, aspects } = await context.em.transactional(async (em) => {
    const course = existing ? await lockCourse(em, existing.id) : em.create(Course, { ...fields, institute, createdBy: viewer });
    let aspects: CourseAspect[] = [];
    if (existing) {
      // Seats may have been taken since the first check: capacity is checked again under the row lock.
      if (fields.capacity < course.seatsTaken) throw new UserErrorException(userError(UserErrorCode.INVALID, { key: 'error.seatsTaken', params: { count: course.seatsTaken } }, 'input.capacity'));
      aspects = changedAspects(course, fields);
      em.assign(course, fields);
      await em.nativeDelete(CourseInnovation, { course: course.id });
    }
    for (const innovation of innovations) em.create(CourseInnovation, { course, innovation });
    await em.flush();
    return { id: course.id, aspects };
  });
  const course = await context.em.findOneOrFail(Course, { id }, { populate: ['institute'], refresh: true });
  await publish(context, Topic.CourseChanged, aspects.length > 0 ? { courseId: course.id, change: { id: randomUUID(), aspects } } : { courseId: course.id });
  return course;
}
