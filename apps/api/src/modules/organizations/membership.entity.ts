import { Entity, Enum, Index, ManyToOne, Unique } from '@mikro-orm/core';
import type { MemberRole } from '@gotong/domain';
import { BaseEntity } from '../../core/base.entity.js';
import { User } from '../accounts/user.entity.js';
import { Organization } from './organization.entity.js';

@Entity({ tableName: 'memberships' })
@Unique({ properties: ['organization', 'user'] })
@Index({ properties: ['user', 'createdAt', 'id'] })
@Index({ properties: ['organization', 'createdAt', 'id'] })
export class Membership extends BaseEntity {
  @ManyToOne({ entity: () => Organization, deleteRule: 'cascade' })
  organization: Organization;

  @ManyToOne({ entity: () => User, deleteRule: 'cascade' })
  user: User;

  @Enum({ items: ['OWNER', 'ADMIN', 'OFFICER', 'MEMBER'], type: 'string' })
  role: MemberRole;
}
