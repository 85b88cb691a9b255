import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, Property, Unique, type Opt } from '@mikro-orm/core';
import type { CourseFormat, CourseStatus } from '@gotong/domain';
import { BaseEntity } from '../../core/base.entity.js';
import { User } from '../accounts/user.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { Innovation } from '../pipeline/innovation.entity.js';

export type CourseSession = { startsAt: string; endsAt: string; place: string };

@Entity({ tableName: 'courses' })
// The search module's full-text index (ADR 023).
@Index({ name: 'courses_search_index', expression: 'create index "courses_search_index" on "courses" using gin (search_document(title, summary))' })
@Index({ properties: ['status', 'firstSessionStartsAt', 'id'] })
@Index({ properties: ['status', 'createdAt', 'id'] })
@Index({ properties: ['institute', 'createdAt', 'id'] })
@Index({ name: 'courses_competencies_gin', expression: 'create index "courses_competencies_gin" on "courses" using gin ("competencies")' })
export class Course extends BaseEntity {
  @ManyToOne({ entity: () => Organization, deleteRule: 'cascade' })
  institute: Organization;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  createdBy: User | null = null;

  @Property({ type: 'string', length: 160 })
  title: string;

  @Property({ type: 'text' })
  summary: string;

  @Enum({ items: ['ONLINE', 'IN_PERSON', 'HYBRID'], type: 'string' })
  format: CourseFormat;

  @Enum({ items: ['DRAFT', 'PUBLISHED', 'ARCHIVED'], type: 'string', default: 'DRAFT' })
  status: CourseStatus & Opt = 'DRAFT';

  /** Times (ISO instants) and places, in order. */
  @Property({ type: 'json' })
  sessions: CourseSession[];

  /** The first session's start, for "upcoming" ordering and the end of enrolment. */
  @Property({ type: 'datetime' })
  firstSessionStartsAt: Date;

  @Property({ type: 'integer' })
  capacity: number;

  /** Enrolled or completed people; only changed under the course's row lock, never above capacity. */
  @Property({ type: 'integer', default: 0 })
  seatsTaken: number & Opt = 0;

  /** Normalised (lower-case) competency names. */
  @Property({ type: 'text[]', default: '{}' })
  competencies: string[] & Opt = [];

  @OneToMany({ entity: () => CourseInnovation, mappedBy: 'course' })
  innovationLinks = new Collection<CourseInnovation>(this);

  /** Set when reports or a moderator hid it (see modules/moderation and ADR 024). */
  @Property({ type: 'datetime', nullable: true })
  hiddenAt: Date | null = null;
}

/** An innovation a course trains for: its completions are that innovation's staff-training evidence. */
@Entity({ tableName: 'course_innovations' })
@Unique({ properties: ['course', 'innovation'] })
@Index({ properties: ['innovation'] })
export class CourseInnovation extends BaseEntity {
  @ManyToOne({ entity: () => Course, deleteRule: 'cascade' })
  course: Course;

  @ManyToOne({ entity: () => Innovation, deleteRule: 'cascade' })
  innovation: Innovation;
}
