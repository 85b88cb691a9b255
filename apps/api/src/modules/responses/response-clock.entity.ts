import { Entity, Enum, Index, ManyToOne, Property, Unique, type Opt } from '@mikro-orm/core';
import { BaseEntity } from '../../core/base.entity.js';
import { Idea } from '../ideas/index.js';
import { Organization } from '../organizations/index.js';

export const responseSteps = ['ACKNOWLEDGE', 'REPLY', 'RESOLVE'] as const;
export type ResponseStep = (typeof responseSteps)[number];

/** One step an agency owes a problem addressed to it, due within its working days; stopped once (ADR 022). */
@Entity({ tableName: 'response_clocks' })
@Unique({ properties: ['idea', 'step'] })
@Index({ properties: ['agency', 'startedAt'] })
@Index({ name: 'response_clocks_open_due_index', expression: 'create index "response_clocks_open_due_index" on "response_clocks" ("due_at") where "met_at" is null' })
export class ResponseClock extends BaseEntity {
  @ManyToOne({ entity: () => Idea, deleteRule: 'cascade' })
  idea: Idea;

  @ManyToOne({ entity: () => Organization, deleteRule: 'cascade' })
  agency: Organization;

  @Enum({ items: [...responseSteps], type: 'string' })
  step: ResponseStep;

  @Property({ type: 'datetime' })
  startedAt: Date;

  /** The agency's duration for this step when it started (or the field check's). */
  @Property({ type: 'integer' })
  workingDaysAllowed: number;

  /** The end of the last working day allowed, in the agency's time zone. */
  @Property({ type: 'datetime' })
  dueAt: Date;

  @Property({ type: 'datetime', nullable: true })
  metAt: Date | null = null;

  /** Working days from the posting to `metAt`, counted when it stopped (the record's medians read it). */
  @Property({ type: 'integer', nullable: true })
  workingDaysTaken: number | null = null;

  /** An officer said resolving needs a check in the field: the longer duration applies (RESOLVE only). */
  @Property({ type: 'boolean', default: false })
  fieldCheck: boolean & Opt = false;

  @Property({ type: 'text', nullable: true })
  fieldCheckNote: string | null = null;

  /** When the agency's officers were told it is overdue (once). */
  @Property({ type: 'datetime', nullable: true })
  overdueFlaggedAt: Date | null = null;
}
