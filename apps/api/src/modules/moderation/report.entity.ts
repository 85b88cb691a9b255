import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../../core/base.entity.js';
import { User } from '../accounts/user.entity.js';

/** One person's report (flag) of one piece of content; resolved when a moderator acts on that content. */
@Entity({ tableName: 'content_reports' })
@Unique({ properties: ['reporter', 'subjectType', 'subjectId'] })
@Index({ properties: ['subjectType', 'subjectId', 'resolvedAt'] })
@Index({ properties: ['resolvedAt', 'createdAt'] })
export class ContentReport extends BaseEntity {
  @ManyToOne({ entity: () => User, deleteRule: 'cascade' })
  reporter: User;

  @Property({ type: 'string', length: 40 })
  subjectType: string;

  @Property({ type: 'uuid' })
  subjectId: string;

  @Property({ type: 'text' })
  reason: string;

  @Property({ type: 'datetime', nullable: true })
  resolvedAt: Date | null = null;
}
