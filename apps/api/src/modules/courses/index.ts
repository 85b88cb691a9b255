import { publish } from '../../core/events.js';
import { Topic } from '../../core/pubsub.js';
import { registerNode } from '../../core/node.js';
import { registerCommentable } from '../comments/commentables.js';
import { registerGateFactsProvider } from '../pipeline/index.js';
import { Course, CourseInnovation } from './course.entity.js';
import { linkedCourseCompletionFacts } from './course.loaders.js';
import { CourseResolver, InnovationCoursesResolver, OrganizationCoursesResolver, UserCompletedCoursesResolver } from './course.resolver.js';
import { Enrollment } from './enrollment.entity.js';
import { findVisibleCourse } from './find-course.js';
import { managesCourse } from './courses.permissions.js';
import { moderatable } from '../moderation/index.js';
import { actingMemberIds } from '../organizations/index.js';
import { registerPersonalDataExporter } from '../privacy/personal-data.js';

registerNode({ typeName: 'Course', entity: Course, load: (context, id) => findVisibleCourse(context, id) });
registerNode({
  typeName: 'Enrollment',
  entity: Enrollment,
  // A seat is seen by its holder and by the institute.
  load: async (context, id) => {
    const enrollment = await context.em.findOne(Enrollment, { id }, { populate: ['course.institute', 'user'] });
    if (!enrollment) return null;
    return enrollment.user.id === context.viewer?.id || (await managesCourse(context, enrollment.course)) ? enrollment : null;
  },
});
registerGateFactsProvider(linkedCourseCompletionFacts);
registerCommentable({
  typeName: 'Course',
  load: (context, id) => findVisibleCourse(context, id),
  refuseComment: (_context, course) => ((course as Course).status === 'ARCHIVED' ? { key: 'error.courseArchived' } : null),
});
registerPersonalDataExporter('courseEnrollments', async (em, userId) =>
  (await em.find(Enrollment, { user: userId }, { populate: ['course'], orderBy: { createdAt: 'asc', id: 'asc' } })).map((enrollment) => ({
    course: enrollment.course.title,
    status: enrollment.status,
    enrolledAt: enrollment.createdAt,
    completedAt: enrollment.completedAt,
  })),
);

export const coursesModule = {
  entities: [Course, CourseInnovation, Enrollment],
  resolvers: [CourseResolver, OrganizationCoursesResolver, InnovationCoursesResolver, UserCompletedCoursesResolver] as const,
  moderatable: [
    moderatable<Course>({
      typeName: 'Course',
      entity: Course,
      populate: ['institute', 'createdBy'],
      titleOf: (course) => course.title,
      authorOf: (course) => course.createdBy,
      answerableIds: (em, course) => actingMemberIds(em, course.institute.id),
      changed: (context, courseId) => publish(context, Topic.CourseChanged, { courseId }),
    }),
  ],
};
