import { Entity, Enum, Index, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { BaseEntity } from '../../core/base.entity.js';
import { User } from '../accounts/user.entity.js';

export type ModerationDecision = 'HIDE' | 'RESTORE' | 'SUSPEND';

/** The moderation log: every hide, restore and suspension, with who did it (none when reports hid it) and why. */
@Entity({ tableName: 'moderation_actions' })
@Index({ properties: ['subjectType', 'subjectId', 'createdAt'] })
@Index({ properties: ['createdAt', 'id'] })
@Index({ properties: ['decision', 'createdAt', 'id'] })
@Index({ properties: ['moderator', 'createdAt', 'id'] })
export class ModerationAction extends BaseEntity {
  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  moderator: User | null;

  /** The kind of what was moderated: a kind of content, or "User" for a suspension. */
  @Property({ type: 'string', length: 40 })
  subjectType: string;

  @Property({ type: 'uuid' })
  subjectId: string;

  @Enum({ items: ['HIDE', 'RESTORE', 'SUSPEND'], type: 'string' })
  decision: ModerationDecision;

  @Property({ type: 'text' })
  reason: string;

  /** Hidden by reaching the platform's report threshold, not by a moderator. */
  @Property({ type: 'boolean', default: false })
  automatic: boolean & Opt = false;

  /** A suspension's end. */
  @Property({ type: 'datetime', nullable: true })
  suspendedUntil: Date | null = null;
}
