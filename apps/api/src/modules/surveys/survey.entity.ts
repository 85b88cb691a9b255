import { Entity, Index, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { BaseEntity } from '../../core/base.entity.js';
import { User } from '../accounts/user.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { Service } from '../services/service.entity.js';

/**
 * A satisfaction survey (SKM) of one service for one period. The running totals (responses and each element's sum)
 * change only under the survey's row lock, in the transaction that stores a response: results never scan responses.
 */
@Entity({ tableName: 'surveys' })
// The search module's full-text index (ADR 023).
@Index({ name: 'surveys_search_index', expression: 'create index "surveys_search_index" on "surveys" using gin (search_document(title, period))' })
@Index({ properties: ['closesAt', 'id'] })
@Index({ properties: ['service', 'closesAt', 'id'] })
@Index({ properties: ['agency', 'closesAt', 'id'] })
export class Survey extends BaseEntity {
  @ManyToOne({ entity: () => Service, deleteRule: 'cascade' })
  service: Service;

  /** The service's agency, kept for the agency filter and permissions without a join. */
  @ManyToOne({ entity: () => Organization, deleteRule: 'cascade' })
  agency: Organization;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  createdBy: User | null = null;

  @Property({ type: 'string', length: 160 })
  title: string;

  /** As the report names it, e.g. "Semester I 2026". */
  @Property({ type: 'string', length: 60 })
  period: string;

  @Property({ type: 'datetime' })
  opensAt: Date;

  /** Set to the moment of closing when an officer closes it early, so "closed" is always closesAt <= now. */
  @Property({ type: 'datetime' })
  closesAt: Date;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  closedEarlyBy: User | null = null;

  @Property({ type: 'integer', default: 0 })
  responseCount: number & Opt = 0;

  /** The agency's rencana tindak lanjut, recorded after closing; part of the SKM report. */
  @Property({ type: 'text', default: '' })
  followUpPlan: string & Opt = '';

  @Property({ type: 'datetime', nullable: true })
  followUpPlanRecordedAt: Date | null = null;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  followUpPlanRecordedBy: User | null = null;

  /** U1..U9: the sum of each element's answers over all responses. */
  @Property({ type: 'json', default: '[0,0,0,0,0,0,0,0,0]' })
  elementSums: number[] & Opt = [0, 0, 0, 0, 0, 0, 0, 0, 0];
}
