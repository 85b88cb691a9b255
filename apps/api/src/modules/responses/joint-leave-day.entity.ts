import { Entity, ManyToOne, Property } from '@mikro-orm/core';
import { BaseEntity } from '../../core/base.entity.js';
import { User } from '../accounts/index.js';

/** A joint leave day (cuti bersama) decreed for a year: no working day for any clock. */
@Entity({ tableName: 'joint_leave_days' })
export class JointLeaveDay extends BaseEntity {
  /** The ISO date, "2026-03-23". */
  @Property({ type: 'date', unique: true })
  date: string;

  @Property({ type: 'string', length: 200 })
  note: string;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  addedBy: User | null = null;
}
