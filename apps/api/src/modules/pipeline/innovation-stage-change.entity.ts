import { Entity, Enum, Index, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { innovationStages, type InnovationStage } from '@gotong/domain';
import { BaseEntity } from '../../core/base.entity.js';
import { User } from '../accounts/user.entity.js';
import { Innovation } from './innovation.entity.js';

/** One entry of an innovation's public timeline: who moved it, when, from where, to where and why. */
@Entity({ tableName: 'innovation_stage_changes' })
@Index({ properties: ['innovation', 'createdAt', 'id'] })
@Index({ properties: ['actor', 'createdAt', 'id'] })
export class InnovationStageChange extends BaseEntity {
  @ManyToOne({ entity: () => Innovation, deleteRule: 'cascade' })
  innovation: Innovation;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  actor: User | null;

  /** Null for the entry that records the innovation's creation. */
  @Enum({ items: [...innovationStages], type: 'string', nullable: true })
  fromStage: InnovationStage | null;

  @Enum({ items: [...innovationStages], type: 'string' })
  toStage: InnovationStage;

  @Property({ type: 'text', default: '' })
  note: string & Opt = '';
}
