import { Entity, OneToOne, Property, type Opt } from '@mikro-orm/core';
import { BaseEntity } from '../../core/base.entity.js';
import { Organization } from '../organizations/index.js';

/** SP4N-LAPOR!'s working-day durations, each agency's until it sets its own (ADR 022). */
export const defaultResponseDurations = { acknowledgeDays: 3, replyDays: 5, resolveDays: 14, fieldCheckDays: 60 } as const;

/** An agency's own durations, in working days; absent means the defaults. */
@Entity({ tableName: 'response_durations' })
export class ResponseDurations extends BaseEntity {
  @OneToOne({ entity: () => Organization, owner: true, unique: true, deleteRule: 'cascade' })
  agency: Organization;

  @Property({ type: 'integer', default: defaultResponseDurations.acknowledgeDays })
  acknowledgeDays: number & Opt = defaultResponseDurations.acknowledgeDays;

  @Property({ type: 'integer', default: defaultResponseDurations.replyDays })
  replyDays: number & Opt = defaultResponseDurations.replyDays;

  @Property({ type: 'integer', default: defaultResponseDurations.resolveDays })
  resolveDays: number & Opt = defaultResponseDurations.resolveDays;

  @Property({ type: 'integer', default: defaultResponseDurations.fieldCheckDays })
  fieldCheckDays: number & Opt = defaultResponseDurations.fieldCheckDays;
}
