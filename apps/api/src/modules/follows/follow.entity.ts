import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../../core/base.entity.js';
import { User } from '../accounts/user.entity.js';

/** A person follows an idea, a discussion or an organisation (named by type and id) to hear of its changes. */
@Entity({ tableName: 'follows' })
@Unique({ properties: ['user', 'subjectType', 'subjectId'] })
@Index({ properties: ['subjectType', 'subjectId'] })
@Index({ properties: ['user', 'createdAt', 'id'] })
export class Follow extends BaseEntity {
  @ManyToOne({ entity: () => User, deleteRule: 'cascade' })
  user: User;

  @Property({ type: 'string', length: 40 })
  subjectType: string;

  @Property({ type: 'uuid' })
  subjectId: string;

  constructor(user: User, subjectType: string, subjectId: string) {
    super();
    this.user = user;
    this.subjectType = subjectType;
    this.subjectId = subjectId;
  }
}
