import { courseFormats, courseStatuses, enrollmentStatuses } from '@gotong/domain';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType } from '../../core/connection.js';
import { enumOf } from '../../core/graphql-enum.js';
import { Node } from '../../core/node.js';
import { Payload } from '../../core/user-error.js';
import type { User } from '../accounts/user.entity.js';
import { UserType } from '../accounts/user.type.js';
import type { Organization } from '../organizations/organization.entity.js';
import { OrganizationType } from '../organizations/organization.type.js';
import type { Course } from './course.entity.js';
import type { Enrollment } from './enrollment.entity.js';

export const CourseFormat = enumOf(courseFormats);
registerEnumType(CourseFormat, { name: 'CourseFormat' });
export const CourseStatus = enumOf(courseStatuses);
registerEnumType(CourseStatus, { name: 'CourseStatus', description: 'DRAFT is seen only by the institute; PUBLISHED takes enrolments; ARCHIVED is kept for the record.' });
export const EnrollmentStatus = enumOf(enrollmentStatuses);
registerEnumType(EnrollmentStatus, { name: 'EnrollmentStatus' });

@ObjectType('CourseSession')
export class CourseSessionType {
  @Field(() => Date)
  startsAt: Date;

  @Field(() => Date)
  endsAt: Date;

  @Field(() => String, { description: 'A room and address, or a meeting link; empty for a fully online session.' })
  place: string;
}

@ObjectType('Course', { implements: Node, description: 'A course (pelatihan) of a training institute.' })
export class CourseType extends Node {
  @Field(() => String)
  title: string;

  @Field(() => String)
  summary: string;

  @Field(() => CourseFormat)
  format: Course['format'];

  @Field(() => CourseStatus)
  status: Course['status'];

  @Field(() => OrganizationType)
  institute: Organization;

  @Field(() => Int)
  capacity: number;

  @Field(() => [String])
  competencies: string[];

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType('Enrollment', { implements: Node, description: "A person's seat in a course." })
export class EnrollmentType extends Node {
  @Field(() => CourseType)
  course: Course;

  @Field(() => UserType)
  user: User;

  @Field(() => EnrollmentStatus)
  status: Enrollment['status'];

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  completedAt: Date | null;
}

@ObjectType()
export class CourseConnection extends ConnectionType(CourseType, 'Course') {}

@ObjectType()
export class EnrollmentConnection extends ConnectionType(EnrollmentType, 'Enrollment') {}

@InputType()
export class CourseFilter {
  @Field(() => Boolean, { nullable: true, description: 'Only published courses whose first session is still ahead, soonest first.' })
  upcoming?: boolean | null;

  @Field(() => ID, { nullable: true })
  instituteId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Courses linked to this innovation.' })
  innovationId?: string | null;

  @Field(() => String, { nullable: true })
  competency?: string | null;
}

@InputType()
export class CourseSessionInput {
  @Field(() => Date)
  startsAt: Date;

  @Field(() => Date)
  endsAt: Date;

  @Field(() => String, { nullable: true })
  place?: string | null;
}

@InputType({ description: 'Creates a course (without courseId) or changes one; status DRAFT keeps it to the institute.' })
export class PublishCourseInput {
  @Field(() => ID, { nullable: true, description: 'The course to change; absent to create one.' })
  courseId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The training institute; required when creating.' })
  instituteId?: string | null;

  @Field(() => String)
  title: string;

  @Field(() => String)
  summary: string;

  @Field(() => CourseFormat)
  format: Course['format'];

  @Field(() => [CourseSessionInput])
  sessions: CourseSessionInput[];

  @Field(() => Int)
  capacity: number;

  @Field(() => [String], { nullable: true })
  competencies?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Innovations the course trains for.' })
  innovationIds?: string[] | null;

  @Field(() => CourseStatus, { nullable: true, description: 'PUBLISHED unless told.' })
  status?: Course['status'] | null;
}

@InputType()
export class CourseInput {
  @Field(() => ID)
  courseId: string;
}

@InputType()
export class CompleteEnrollmentInput {
  @Field(() => ID)
  enrollmentId: string;
}

@ObjectType()
export class CoursePayload extends Payload {
  @Field(() => CourseType, { nullable: true })
  course: Course | null = null;
}

@ObjectType()
export class EnrollmentPayload extends Payload {
  @Field(() => EnrollmentType, { nullable: true })
  enrollment: Enrollment | null = null;

  @Field(() => CourseType, { nullable: true })
  course: Course | null = null;
}
