import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { forbidden } from '../../core/errors.js';
import { PageArgs, findPage } from '../../core/connection.js';
import { idOfType } from '../../core/global-id.js';
import { globalIdOf } from '../../core/node.js';
import { toPayload } from '../../core/user-error.js';
import type { User } from '../accounts/user.entity.js';
import { UserType } from '../accounts/user.type.js';
import type { Organization } from '../organizations/organization.entity.js';
import { OrganizationType } from '../organizations/organization.type.js';
import type { Innovation } from '../pipeline/innovation.entity.js';
import { InnovationType } from '../pipeline/innovation.type.js';
import { cancelEnrollment } from './cancel-enrollment.js';
import { completeEnrollment } from './complete-enrollment.js';
import { linkedInnovationsLoader, viewerEnrollmentLoader } from './course.loaders.js';
import type { Course, CourseSession } from './course.entity.js';
import { coursePage } from './course-page.js';
import {
  CompleteEnrollmentInput,
  CourseConnection,
  CourseFilter,
  CourseInput,
  CoursePayload,
  CourseSessionType,
  CourseType,
  EnrollmentConnection,
  EnrollmentPayload,
  EnrollmentType,
  PublishCourseInput,
} from './course.type.js';
import { managesCourse } from './courses.permissions.js';
import { enrollInCourse } from './enroll-in-course.js';
import { Enrollment } from './enrollment.entity.js';
import { findVisibleCourse } from './find-course.js';
import { publishCourse } from './publish-course.js';

function enrollmentPayload(run: () => Promise<{ enrollment: Enrollment; course: Course }>) {
  return toPayload(EnrollmentPayload, run, (payload, result) => {
    payload.enrollment = result.enrollment;
    payload.course = result.course;
  });
}

@Resolver(() => CourseType)
export class CourseResolver {
  @Query(() => CourseConnection, { description: 'Courses, newest first (soonest first with upcoming); drafts only for their institute.' })
  courses(@Args(() => PageArgs) page: PageArgs, @Arg('filter', () => CourseFilter, { nullable: true }) filter: CourseFilter | null, @Ctx() context: Context) {
    return coursePage(context, filter, page);
  }

  @Query(() => CourseType, { nullable: true })
  course(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<Course | null> | null {
    const courseId = idOfType(id, 'Course');
    return courseId ? findVisibleCourse(context, courseId) : null;
  }

  @FieldResolver(() => [CourseSessionType])
  sessions(@Root() course: Course): CourseSessionType[] {
    return course.sessions.map((session: CourseSession) => ({ startsAt: new Date(session.startsAt), endsAt: new Date(session.endsAt), place: session.place }));
  }

  @FieldResolver(() => Int)
  seatsLeft(@Root() course: Course): number {
    return Math.max(0, course.capacity - course.seatsTaken);
  }

  @FieldResolver(() => [InnovationType], { description: 'The innovations it trains for (at most 20).' })
  innovations(@Root() course: Course, @Ctx() context: Context): Promise<Innovation[]> {
    return linkedInnovationsLoader(context).load(course.id);
  }

  @FieldResolver(() => EnrollmentType, { nullable: true, description: "The viewer's seat, if they ever enrolled." })
  async viewerEnrollment(@Root() course: Course, @Ctx() context: Context): Promise<Enrollment | null> {
    return context.viewer ? viewerEnrollmentLoader(context).load(course.id) : null;
  }

  @FieldResolver(() => Boolean)
  viewerCanManage(@Root() course: Course, @Ctx() context: Context): Promise<boolean> {
    return managesCourse(context, course);
  }

  @FieldResolver(() => EnrollmentConnection, { description: 'Who enrolled, first come first; only for the institute.' })
  async enrollments(@Root() course: Course, @Args(() => PageArgs) page: PageArgs, @Ctx() context: Context) {
    if (!(await managesCourse(context, course))) throw forbidden("Only the institute's officers see who enrolled.");
    return findPage(context.em, Enrollment, { course: course.id }, [{ property: 'createdAt', direction: 'asc' }, { property: 'id', direction: 'asc' }], page, { populate: ['user'] });
  }

  @Mutation(() => CoursePayload, { description: "A verified training institute's officer creates or changes a course." })
  publishCourse(@Arg('input', () => PublishCourseInput) input: PublishCourseInput, @Ctx() context: Context) {
    return toPayload(CoursePayload, () => publishCourse(context, input), (payload, course) => {
      payload.course = course;
    });
  }

  @Mutation(() => EnrollmentPayload, { description: 'Takes a seat; a full or closed course gives a UserError.' })
  enrollInCourse(@Arg('input', () => CourseInput) input: CourseInput, @Ctx() context: Context) {
    return enrollmentPayload(() => enrollInCourse(context, input.courseId));
  }

  @Mutation(() => EnrollmentPayload, { description: "Gives the viewer's seat back." })
  cancelEnrollment(@Arg('input', () => CourseInput) input: CourseInput, @Ctx() context: Context) {
    return enrollmentPayload(() => cancelEnrollment(context, input.courseId));
  }

  @Mutation(() => EnrollmentPayload, { description: 'The institute marks an enrolled person as having completed the course.' })
  completeEnrollment(@Arg('input', () => CompleteEnrollmentInput) input: CompleteEnrollmentInput, @Ctx() context: Context) {
    return enrollmentPayload(() => completeEnrollment(context, input.enrollmentId));
  }
}

@Resolver(() => OrganizationType)
export class OrganizationCoursesResolver {
  @FieldResolver(() => CourseConnection, { description: "A training institute's courses (drafts only for its officers)." })
  courses(@Root() organization: Organization, @Args(() => PageArgs) page: PageArgs, @Ctx() context: Context) {
    return coursePage(context, { instituteId: globalIdOf(organization) }, page);
  }
}

@Resolver(() => InnovationType)
export class InnovationCoursesResolver {
  @FieldResolver(() => CourseConnection, { description: 'The courses training institutes linked to it (published or archived), newest first.' })
  courses(@Root() innovation: Innovation, @Args(() => PageArgs) page: PageArgs, @Ctx() context: Context) {
    return coursePage(context, { innovationId: globalIdOf(innovation) }, page);
  }
}

@Resolver(() => UserType)
export class UserCompletedCoursesResolver {
  @FieldResolver(() => EnrollmentConnection, { description: 'The courses the person completed, latest first.' })
  completedCourses(@Root() user: User, @Args(() => PageArgs) page: PageArgs, @Ctx() context: Context) {
    return findPage(
      context.em,
      Enrollment,
      { user: user.id, status: 'COMPLETED' },
      [{ property: 'completedAt', direction: 'desc' }, { property: 'id', direction: 'desc' }],
      page,
      { populate: ['course.institute'] },
    );
  }
}
