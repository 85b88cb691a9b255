import { Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import { BaseEntity } from '../../core/base.entity.js';
import { User } from './user.entity.js';

/** Proof of one explicit consent (UU 27/2022): what was agreed to, which version, when; withdrawal is kept too. */
@Entity({ tableName: 'consents' })
export class Consent extends BaseEntity {
  @ManyToOne({ entity: () => User, deleteRule: 'cascade' })
  @Index()
  user: User;

  @Property({ type: 'string', length: 40 })
  purpose: string;

  @Property({ type: 'string', length: 40 })
  policyVersion: string;

  @Property({ type: 'datetime' })
  givenAt: Date;

  @Property({ type: 'datetime', nullable: true })
  withdrawnAt: Date | null = null;
}
