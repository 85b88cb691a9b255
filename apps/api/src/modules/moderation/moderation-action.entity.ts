import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { BaseEntity } from '../../core/base.entity.js';
import { User } from '../accounts/user.entity.js';

export type ModerationDecision = 'HIDE' | 'RESTORE';

/** The moderation log: every hide and restore, with who did it and why. */
@Entity({ tableName: 'moderation_actions' })
@Index({ properties: ['subjectType', 'subjectId', 'createdAt'] })
@Index({ properties: ['createdAt', 'id'] })
@Index({ properties: ['decision', 'createdAt', 'id'] })
@Index({ properties: ['moderator', 'createdAt', 'id'] })
export class ModerationAction extends BaseEntity {
  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  moderator: User | null;

  @Property({ type: 'string', length: 40 })
  subjectType: string;

  @Property({ type: 'uuid' })
  subjectId: string;

  @Enum({ items: ['HIDE', 'RESTORE'], type: 'string' })
  decision: ModerationDecision;

  @Property({ type: 'text' })
  reason: string;
}
