import { BigIntType, Entity, Enum, Index, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import type { PilotProposalStatus } from '@gotong/domain';
import { BaseEntity } from '../../core/base.entity.js';
import { User } from '../accounts/user.entity.js';
import { Idea } from '../ideas/idea.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { Innovation } from '../pipeline/innovation.entity.js';

const statuses = ['DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'CHANGES_REQUESTED', 'ACCEPTED', 'REJECTED', 'WITHDRAWN'];

/** A partner's or NGO's proposal to pilot an idea or an innovation with the agency that owns it. */
@Entity({ tableName: 'pilot_proposals' })
@Index({ properties: ['status', 'createdAt', 'id'] })
@Index({ properties: ['proposer', 'createdAt', 'id'] })
@Index({ properties: ['agency', 'createdAt', 'id'] })
@Index({ properties: ['innovation', 'createdAt', 'id'] })
@Index({ properties: ['idea'] })
export class PilotProposal extends BaseEntity {
  @ManyToOne({ entity: () => Organization, deleteRule: 'cascade' })
  proposer: Organization;

  /** The agency that owns the idea or innovation, whose officers review. */
  @ManyToOne({ entity: () => Organization, deleteRule: 'cascade' })
  agency: Organization;

  @ManyToOne({ entity: () => Innovation, nullable: true, deleteRule: 'cascade' })
  innovation: Innovation | null = null;

  @ManyToOne({ entity: () => Idea, nullable: true, deleteRule: 'cascade' })
  idea: Idea | null = null;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  createdBy: User | null = null;

  @Property({ type: 'string', length: 160 })
  title: string;

  @Property({ type: 'text' })
  summary: string;

  /** Whole rupiah. */
  @Property({ type: new BigIntType('number') })
  budgetRupiah: number;

  @Property({ type: 'integer' })
  durationWeeks: number;

  @Property({ type: 'text[]' })
  kpis: string[];

  /** Team members with their roles, one line each. */
  @Property({ type: 'text[]' })
  team: string[];

  @Enum({ items: statuses, type: 'string', default: 'DRAFT' })
  status: PilotProposalStatus & Opt = 'DRAFT';

  /** Set when reports or a moderator hid it (see modules/moderation and ADR 024). */
  @Property({ type: 'datetime', nullable: true })
  hiddenAt: Date | null = null;
}

/** Every status change of a proposal: who, when and why. */
@Entity({ tableName: 'pilot_proposal_status_changes' })
@Index({ properties: ['proposal', 'createdAt', 'id'] })
export class PilotProposalStatusChange extends BaseEntity {
  @ManyToOne({ entity: () => PilotProposal, deleteRule: 'cascade' })
  proposal: PilotProposal;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  actor: User | null;

  @Enum({ items: statuses, type: 'string', nullable: true })
  fromStatus: PilotProposalStatus | null;

  @Enum({ items: statuses, type: 'string' })
  toStatus: PilotProposalStatus;

  @Property({ type: 'text', default: '' })
  note: string & Opt = '';
}
