import { Entity, Enum, Index, ManyToOne, Property, Unique, type Opt } from '@mikro-orm/core';
import { defaultTimeZone, type OrganizationKind, type TimeZone } from '@gotong/domain';
import { BaseEntity } from '../../core/base.entity.js';
import { User } from '../accounts/user.entity.js';

@Entity({ tableName: 'organizations' })
// The search module's full-text index (ADR 023).
@Index({ name: 'organizations_search_index', expression: 'create index "organizations_search_index" on "organizations" using gin (search_document(name, description))' })
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

  /** Where it works (WIB, WITA or WIT): its courses', surveys' and deadlines' times are shown and entered in it. */
  @Property({ type: 'string', length: 40, default: defaultTimeZone })
  timeZone: TimeZone & Opt = defaultTimeZone;

  /** An organisation acts (posts for itself, submits, publishes) only once a platform admin has verified it. */
  @Property({ type: 'datetime', nullable: true })
  verifiedAt: Date | null = null;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  verifiedBy: User | null = null;

  /** Set when reports or a moderator hid it (see modules/moderation and ADR 024). */
  @Property({ type: 'datetime', nullable: true })
  hiddenAt: Date | null = null;
}
