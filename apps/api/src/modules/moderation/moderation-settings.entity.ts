import { Entity, Property, type Opt } from '@mikro-orm/core';
import { BaseEntity } from '../../core/base.entity.js';

export const defaultReportThreshold = 3;

/** The platform's moderation settings: one row, created by the first admin who changes them. */
@Entity({ tableName: 'moderation_settings' })
export class ModerationSettings extends BaseEntity {
  /** Content reported by this many distinct people is hidden until a moderator decides. */
  @Property({ type: 'integer', default: defaultReportThreshold })
  reportThreshold: number & Opt = defaultReportThreshold;
}
