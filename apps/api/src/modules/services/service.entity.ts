import { Entity, Index, ManyToOne, Property, Unique, type Opt } from '@mikro-orm/core';
import { BaseEntity } from '../../core/base.entity.js';
import { Organization } from '../organizations/organization.entity.js';

/** A public service (layanan) an agency provides. */
@Entity({ tableName: 'services' })
// The search module's full-text index (ADR 023).
@Index({ name: 'services_search_index', expression: 'create index "services_search_index" on "services" using gin (search_document(name, description))' })
@Index({ properties: ['name', 'id'] })
@Index({ properties: ['agency', 'name', 'id'] })
export class Service extends BaseEntity {
  @Property({ type: 'string', length: 60 })
  @Unique()
  slug: string;

  @Property({ type: 'string', length: 120 })
  name: string;

  @Property({ type: 'text', default: '' })
  description: string & Opt = '';

  @ManyToOne({ entity: () => Organization, deleteRule: 'cascade' })
  agency: Organization;

  /** The agency's key as a plain column, so that a page ordered by agency has a cursor of plain values. */
  @Property({ type: 'uuid', fieldName: 'agency_id', persist: false })
  agencyId: string & Opt;

  /** People served in a period: sets the minimum survey sample (Krejcie and Morgan). */
  @Property({ type: 'integer', nullable: true })
  population: number | null = null;
}
