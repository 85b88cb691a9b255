import { Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import { BaseEntity } from '../../core/base.entity.js';
import { User } from '../accounts/user.entity.js';

/** One administrative action: who did what to which object, and why. */
@Entity({ tableName: 'audit_entries' })
@Index({ properties: ['createdAt', 'id'] })
@Index({ properties: ['action', 'createdAt', 'id'] })
@Index({ properties: ['actor', 'createdAt', 'id'] })
export class AuditEntry extends BaseEntity {
  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  actor: User | null;

  @Property({ type: 'string', length: 60 })
  action: string;

  @Property({ type: 'string', length: 60 })
  subjectType: string;

  @Property({ type: 'uuid' })
  @Index()
  subjectId: string;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;
}
