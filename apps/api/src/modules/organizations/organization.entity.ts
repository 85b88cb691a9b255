import { Entity, Enum, Index, ManyToOne, Property, Unique, type Opt } from '@mikro-orm/core';
import type { OrganizationKind } from '@gotong/domain';
import { BaseEntity } from '../../core/base.entity.js';
import { User } from '../accounts/user.entity.js';

@Entity({ tableName: 'organizations' })
@Index({ properties: ['name', 'id'] })
@Index({ properties: ['kind', 'name', 'id'] })
export class Organization extends BaseEntity {
  @Property({ type: 'string', length: 60 })
  @Unique()
  slug: string;

  @Property({ type: 'string', length: 120 })
  name: string;

  @Enum({ items: ['AGENCY', 'PARTNER', 'NGO', 'TRAINING_INSTITUTE'], type: 'string' })
  kind: OrganizationKind;

  @Property({ type: 'text', default: '' })
  description: string & Opt = '';

  @Property({ type: 'string', length: 300, nullable: true })
  website: string | null = null;

  /** An organisation acts (posts for itself, submits, publishes) only once a platform admin has verified it. */
  @Property({ type: 'datetime', nullable: true })
  verifiedAt: Date | null = null;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  verifiedBy: User | null = null;
}
