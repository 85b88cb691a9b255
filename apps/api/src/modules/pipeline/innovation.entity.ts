import { Entity, Enum, Index, ManyToOne, OptionalProps, Property } from '@mikro-orm/core';
import { innovationStages, pipelineStages, type InnovationStage, type LegalBasisType, type PipelineStage } from '@gotong/domain';
import { BaseEntity } from '../../core/base.entity.js';
import { User } from '../accounts/user.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { Service } from '../services/service.entity.js';

export type KpiResult = { value: number; measuredOn: string; note: string };
/** `id` is stable within its innovation: recordKpiResult and the editor name a KPI by it. */
export type Kpi = { id: string; name: string; unit: string; baseline: number; target: number; results: KpiResult[] };
export type Milestone = { title: string; dueOn: string; doneOn: string | null };
/** An adoption checklist item: the evidence that it was done and the day. */
export type AdoptionItem = { evidence: string; doneOn: string };
export type LegalBasis = { type: LegalBasisType; number: string; enactedOn: string | null };

/**
 * An innovation (inovasi) owned by an agency, moving through the institutionalisation pipeline.
 * KPIs, milestones and the checklist are small bounded lists edited as a whole: JSON columns (ADR 006).
 */
@Entity({ tableName: 'innovations' })
// The search module's full-text index (ADR 023).
@Index({ name: 'innovations_search_index', expression: 'create index "innovations_search_index" on "innovations" using gin (search_document(title, summary || \' \' || problem_statement))' })
@Index({ properties: ['createdAt', 'id'] })
@Index({ properties: ['stage', 'createdAt', 'id'] })
@Index({ properties: ['agency', 'createdAt', 'id'] })
@Index({ properties: ['service', 'createdAt', 'id'] })
@Index({ properties: ['agency', 'stage', 'stageEnteredAt', 'id'] })
@Index({ properties: ['stage', 'stageEnteredAt', 'id'] })
@Index({ name: 'innovations_title_trigram_index', expression: 'create index "innovations_title_trigram_index" on "innovations" using gin ("title" gin_trgm_ops)' })
export class Innovation extends BaseEntity {
  [OptionalProps]?:
    | 'summary'
    | 'stage'
    | 'pausedFrom'
    | 'stageEnteredAt'
    | 'implementationStartedAt'
    | 'problemStatement'
    | 'needAnalysis'
    | 'kpis'
    | 'milestones'
    | 'pilotPlan'
    | 'trialResult'
    | 'socialisation'
    | 'training'
    | 'feedbackChannel'
    | 'evaluationReport'
    | 'legalBasis';

  @Property({ type: 'string', length: 160 })
  title: string;

  @Property({ type: 'string', length: 500, default: '' })
  summary: string = '';

  @ManyToOne({ entity: () => Organization, deleteRule: 'cascade' })
  agency: Organization;

  /** The public service it improves (the target of its satisfaction surveys). */
  @ManyToOne({ entity: () => Service, nullable: true, deleteRule: 'set null' })
  service: Service | null = null;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  createdBy: User | null = null;

  @Enum({ items: [...innovationStages], type: 'string', default: 'NEED_IDENTIFIED' })
  stage: InnovationStage = 'NEED_IDENTIFIED';

  /** While PAUSED: the stage it resumes to. */
  @Enum({ items: [...pipelineStages], type: 'string', nullable: true })
  pausedFrom: PipelineStage | null = null;

  @Property({ type: 'datetime' })
  stageEnteredAt: Date = new Date();

  /** When it last moved forward into IMPLEMENTATION: KPI results and surveys after it count for the last gate. */
  @Property({ type: 'datetime', nullable: true })
  implementationStartedAt: Date | null = null;

  @Property({ type: 'text', default: '' })
  problemStatement: string = '';

  @Property({ type: 'text', default: '' })
  needAnalysis: string = '';

  @Property({ type: 'json', default: '[]' })
  kpis: Kpi[] = [];

  @Property({ type: 'json', default: '[]' })
  milestones: Milestone[] = [];

  /** The internal pilot plan (when no partner's pilot proposal carries the trial). */
  @Property({ type: 'text', default: '' })
  pilotPlan: string = '';

  @Property({ type: 'text', default: '' })
  trialResult: string = '';

  @Property({ type: 'json', nullable: true })
  socialisation: AdoptionItem | null = null;

  @Property({ type: 'json', nullable: true })
  training: AdoptionItem | null = null;

  @Property({ type: 'json', nullable: true })
  feedbackChannel: AdoptionItem | null = null;

  @Property({ type: 'text', default: '' })
  evaluationReport: string = '';

  @Property({ type: 'json', nullable: true })
  legalBasis: LegalBasis | null = null;

  /** Set when reports or a moderator hid it (see modules/moderation and ADR 024). */
  @Property({ type: 'datetime', nullable: true })
  hiddenAt: Date | null = null;
}
