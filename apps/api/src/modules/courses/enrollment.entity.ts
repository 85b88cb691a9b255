import { Entity, Enum, Index, ManyToOne, Property, Unique, type Opt } from '@mikro-orm/core';
import type { EnrollmentStatus } from '@gotong/domain';
import { BaseEntity } from '../../core/base.entity.js';
import { User } from '../accounts/user.entity.js';
import { Course } from './course.entity.js';

/** One person's seat in a course; cancelling keeps the row (status CANCELLED) and frees the seat. */
@Entity({ tableName: 'enrollments' })
@Unique({ properties: ['course', 'user'] })
@Index({ properties: ['course', 'createdAt', 'id'] })
@Index({ properties: ['user', 'status', 'completedAt', 'id'] })
// The statistics' enrolments and completions by period.
@Index({ name: 'enrollments_created_at_index', expression: 'create index "enrollments_created_at_index" on "enrollments" ("created_at") include ("status", "course_id")' })
@Index({
  name: 'enrollments_completed_at_index',
  expression: `create index "enrollments_completed_at_index" on "enrollments" ("completed_at") include ("course_id") where "status" = 'COMPLETED'`,
})
export class Enrollment extends BaseEntity {
  @ManyToOne({ entity: () => Course, deleteRule: 'cascade' })
  course: Course;

  @ManyToOne({ entity: () => User, deleteRule: 'cascade' })
  user: User;

  @Enum({ items: ['ENROLLED', 'CANCELLED', 'COMPLETED'], type: 'string', default: 'ENROLLED' })
  status: EnrollmentStatus & Opt = 'ENROLLED';

  @Property({ type: 'datetime', nullable: true })
  completedAt: Date | null = null;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  completedBy: User | null = null;
}
