import { Entity, Enum, Index, ManyToOne, Property, Unique, type Opt } from '@mikro-orm/core';
import { BaseEntity } from '../../core/base.entity.js';
import { User } from '../accounts/user.entity.js';

export const reportCategories = ['SPAM', 'ABUSE', 'PERSONAL_DATA', 'MISLEADING', 'OFF_TOPIC', 'OTHER'] as const;
export type ReportCategory = (typeof reportCategories)[number];

/**
 * One person's report (flag) of one piece of content; resolved when a moderator acts on that content. The unique
 * key makes a person count once per item, however often or concurrently they report it.
 */
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

  @Enum({ items: [...reportCategories], type: 'string', default: 'OTHER' })
  category: ReportCategory & Opt = 'OTHER';

  @Property({ type: 'text' })
  reason: string;

  @Property({ type: 'datetime', nullable: true })
  resolvedAt: Date | null = null;
}
