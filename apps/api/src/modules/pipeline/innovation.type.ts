import { gateRequirementCodes, innovationStages, legalBasisTypes, pipelineStages } from '@gotong/domain';
import { Field, Float, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType } from '../../core/connection.js';
import { Node } from '../../core/node.js';
import { Payload } from '../../core/user-error.js';
import type { User } from '../accounts/user.entity.js';
import { UserType } from '../accounts/user.type.js';
import type { Organization } from '../organizations/organization.entity.js';
import { OrganizationType } from '../organizations/organization.type.js';
import type { Service } from '../services/service.entity.js';
import { ServiceType } from '../services/service.type.js';
import type { InnovationStageChange } from './innovation-stage-change.entity.js';
import type { AdoptionItem, Innovation, Kpi, KpiResult, LegalBasis, Milestone } from './innovation.entity.js';
import { enumOf } from '../../core/graphql-enum.js';


export const InnovationStage = enumOf(innovationStages);
registerEnumType(InnovationStage, {
  name: 'InnovationStage',
  description: 'NEED_IDENTIFIED → DEVELOPMENT → TRIAL → IMPLEMENTATION → EVALUATION → INSTITUTIONALIZED, plus PAUSED and DISCONTINUED.',
});

export const PipelineStage = enumOf(pipelineStages);
registerEnumType(PipelineStage, { name: 'PipelineStage', description: 'A stage of the pipeline proper (not PAUSED or DISCONTINUED).' });

export const GateRequirementCode = enumOf(gateRequirementCodes);
registerEnumType(GateRequirementCode, { name: 'GateRequirementCode', description: 'One requirement of a stage gate.' });

export const LegalBasisType = enumOf(legalBasisTypes);
registerEnumType(LegalBasisType, { name: 'LegalBasisType', description: 'The kind of regulation or decree that institutionalises an innovation.' });

@ObjectType('KpiResult', { description: 'One measurement of a KPI.' })
export class KpiResultType {
  @Field(() => Float)
  value: number;

  @Field(() => String, { description: 'The day it was measured, YYYY-MM-DD.' })
  measuredOn: string;

  @Field(() => String)
  note: string;
}

@ObjectType('Kpi', { description: 'A key performance indicator (indikator kinerja) with its baseline, target and measured results.' })
export class KpiType {
  @Field(() => ID, { description: 'Stable within its innovation; names the KPI in updateInnovation and recordKpiResult.' })
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => String, { description: 'E.g. "menit", "%", "berkas per hari".' })
  unit: string;

  @Field(() => Float)
  baseline: number;

  @Field(() => Float)
  target: number;

  @Field(() => [KpiResultType], { description: 'In the order they were recorded (recordKpiResult).' })
  results: KpiResult[];
}

@ObjectType('Milestone')
export class MilestoneType {
  @Field(() => String)
  title: string;

  @Field(() => String, { description: 'YYYY-MM-DD.' })
  dueOn: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null while not done.' })
  doneOn: string | null;
}

@ObjectType('AdoptionItem', { description: 'A done item of the adoption checklist: its evidence and the day.' })
export class AdoptionItemType {
  @Field(() => String)
  evidence: string;

  @Field(() => String, { description: 'YYYY-MM-DD.' })
  doneOn: string;
}

@ObjectType('AdoptionChecklist', { description: 'What the gate into EVALUATION asks for; null items are not done yet.' })
export class AdoptionChecklistType {
  @Field(() => AdoptionItemType, { nullable: true, description: 'Socialisation to staff.' })
  socialisation: AdoptionItem | null;

  @Field(() => AdoptionItemType, { nullable: true, description: 'Staff training recorded here (a linked course with completions also counts).' })
  training: AdoptionItem | null;

  @Field(() => AdoptionItemType, { nullable: true, description: 'The public feedback channel opened.' })
  feedbackChannel: AdoptionItem | null;
}

@ObjectType('LegalBasis', { description: 'The regulation or decree that institutionalises the innovation.' })
export class LegalBasisObject {
  @Field(() => LegalBasisType)
  type: LegalBasis['type'];

  @Field(() => String, { description: 'As cited, e.g. "Peraturan Wali Kota Bandung Nomor 12 Tahun 2025".' })
  number: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  enactedOn: string | null;
}

@ObjectType('GateRequirement', { description: 'A requirement of a stage gate, with its label in the asked language.' })
export class GateRequirementType {
  @Field(() => GateRequirementCode)
  code: (typeof gateRequirementCodes)[number];
}

@ObjectType('Gate', { description: 'The gate into a stage: what it asks for and what is still missing.' })
export class GateType {
  @Field(() => InnovationStage)
  stage: (typeof innovationStages)[number];

  @Field(() => [GateRequirementType], { description: 'Everything the gate asks for.' })
  requirements: GateRequirementType[];

  @Field(() => [GateRequirementType], { description: 'What is not met yet; empty when the move may be made.' })
  missing: GateRequirementType[];
}

@ObjectType('Innovation', { implements: Node, description: 'An innovation (inovasi) of an agency, moving through the institutionalisation pipeline.' })
export class InnovationType extends Node {
  @Field(() => String)
  title: string;

  @Field(() => String)
  summary: string;

  @Field(() => OrganizationType, { description: 'The agency that owns it.' })
  agency: Organization;

  @Field(() => ServiceType, { nullable: true, description: 'The public service it improves.' })
  service: Service | null;

  @Field(() => UserType, { nullable: true })
  createdBy: User | null;

  @Field(() => InnovationStage)
  stage: Innovation['stage'];

  @Field(() => PipelineStage, { nullable: true, description: 'While PAUSED: the stage it resumes to.' })
  pausedFrom: Innovation['pausedFrom'];

  @Field(() => Date)
  stageEnteredAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it last moved forward into IMPLEMENTATION.' })
  implementationStartedAt: Date | null;

  @Field(() => String)
  problemStatement: string;

  @Field(() => String)
  needAnalysis: string;

  @Field(() => [KpiType])
  kpis: Kpi[];

  @Field(() => [MilestoneType])
  milestones: Milestone[];

  @Field(() => String, { description: 'The internal pilot plan.' })
  pilotPlan: string;

  @Field(() => String)
  trialResult: string;

  @Field(() => String)
  evaluationReport: string;

  @Field(() => LegalBasisObject, { nullable: true })
  legalBasis: LegalBasis | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;
}

@ObjectType('InnovationStageChange', { implements: Node, description: 'An entry of the public timeline: who moved the innovation, when, from, to and why.' })
export class InnovationStageChangeType extends Node {
  @Field(() => UserType, { nullable: true, description: 'Null when the account is gone.' })
  actor: User | null;

  @Field(() => InnovationStage, { nullable: true, description: 'Null on the entry that records its creation.' })
  fromStage: InnovationStageChange['fromStage'];

  @Field(() => InnovationStage)
  toStage: InnovationStageChange['toStage'];

  @Field(() => String)
  note: string;

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType()
export class InnovationConnection extends ConnectionType(InnovationType, 'Innovation') {}

@ObjectType()
export class InnovationStageChangeConnection extends ConnectionType(InnovationStageChangeType, 'InnovationStageChange') {}

@InputType()
export class InnovationFilter {
  @Field(() => InnovationStage, { nullable: true })
  stage?: Innovation['stage'] | null;

  @Field(() => ID, { nullable: true, description: 'The owning agency.' })
  agencyId?: string | null;

  @Field(() => ID, { nullable: true })
  serviceId?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the title.' })
  text?: string | null;
}

@InputType()
export class CreateInnovationInput {
  @Field(() => ID, { description: 'The agency that will own it; the viewer must act for it.' })
  agencyId: string;

  @Field(() => String)
  title: string;

  @Field(() => String, { nullable: true, description: 'One or two sentences for lists.' })
  summary?: string | null;

  @Field(() => ID, { nullable: true, description: "One of the agency's services." })
  serviceId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Open or reviewed ideas it is born from: they become ACCEPTED and link to it.' })
  ideaIds?: string[] | null;

  @Field(() => String, { nullable: true })
  problemStatement?: string | null;

  @Field(() => String, { nullable: true, description: 'The written need; required when no idea is given.' })
  needAnalysis?: string | null;
}

@InputType('KpiInput', { description: 'A KPI of the list updateInnovation replaces; its results stay as recorded.' })
export class KpiInput {
  @Field(() => ID, { nullable: true, description: 'The KPI it keeps or changes; none adds a new one. A KPI with results cannot be changed or left out.' })
  id?: string | null;

  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true })
  unit?: string | null;

  @Field(() => Float)
  baseline: number;

  @Field(() => Float)
  target: number;
}

@InputType('MilestoneInput')
export class MilestoneInput {
  @Field(() => String)
  title: string;

  @Field(() => String, { description: 'YYYY-MM-DD.' })
  dueOn: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD when done.' })
  doneOn?: string | null;
}

@InputType('AdoptionItemInput')
export class AdoptionItemInput {
  @Field(() => String, { description: 'What shows it was done (e.g. a circular letter number, an attendance list).' })
  evidence: string;

  @Field(() => String, { description: 'YYYY-MM-DD.' })
  doneOn: string;
}

@InputType('LegalBasisInput')
export class LegalBasisInput {
  @Field(() => LegalBasisType)
  type: LegalBasis['type'];

  @Field(() => String)
  number: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  enactedOn?: string | null;
}

@InputType({
  description: 'Omitted fields stay as they are; lists (KPIs, milestones) replace the whole list (KPIs keep their results); null clears a checklist item or the legal basis.',
})
export class UpdateInnovationInput {
  @Field(() => ID)
  innovationId: string;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  summary?: string | null;

  @Field(() => ID, { nullable: true, description: "One of the agency's services." })
  serviceId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'More open or reviewed ideas that join it (they become ACCEPTED).' })
  addIdeaIds?: string[] | null;

  @Field(() => String, { nullable: true })
  problemStatement?: string | null;

  @Field(() => String, { nullable: true })
  needAnalysis?: string | null;

  @Field(() => [KpiInput], { nullable: true })
  kpis?: KpiInput[] | null;

  @Field(() => [MilestoneInput], { nullable: true })
  milestones?: MilestoneInput[] | null;

  @Field(() => String, { nullable: true })
  pilotPlan?: string | null;

  @Field(() => String, { nullable: true })
  trialResult?: string | null;

  @Field(() => AdoptionItemInput, { nullable: true })
  socialisation?: AdoptionItemInput | null;

  @Field(() => AdoptionItemInput, { nullable: true })
  training?: AdoptionItemInput | null;

  @Field(() => AdoptionItemInput, { nullable: true })
  feedbackChannel?: AdoptionItemInput | null;

  @Field(() => String, { nullable: true })
  evaluationReport?: string | null;

  @Field(() => LegalBasisInput, { nullable: true })
  legalBasis?: LegalBasisInput | null;
}

@InputType()
export class RecordKpiResultInput {
  @Field(() => ID)
  innovationId: string;

  @Field(() => ID, { description: "The KPI's id (Kpi.id)." })
  kpiId: string;

  @Field(() => Float)
  value: number;

  @Field(() => String, { description: 'The day it was measured, YYYY-MM-DD.' })
  measuredOn: string;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType()
export class AdvanceInnovationInput {
  @Field(() => ID)
  innovationId: string;

  @Field(() => InnovationStage)
  to: Innovation['stage'];

  @Field(() => String, { nullable: true, description: 'Why: required (10 characters or more) to move back, pause or discontinue.' })
  note?: string | null;
}

@ObjectType()
export class InnovationPayload extends Payload {
  @Field(() => InnovationType, { nullable: true })
  innovation: Innovation | null = null;
}

@ObjectType()
export class RecordKpiResultPayload extends Payload {
  @Field(() => InnovationType, { nullable: true })
  innovation: Innovation | null = null;

  @Field(() => KpiType, { nullable: true, description: 'The KPI with the new result last.' })
  kpi: Kpi | null = null;
}

@ObjectType()
export class AdvanceInnovationPayload extends Payload {
  @Field(() => InnovationType, { nullable: true })
  innovation: Innovation | null = null;

  @Field(() => InnovationStageChangeType, { nullable: true, description: 'The new timeline entry.' })
  stageChange: InnovationStageChange | null = null;

  @Field(() => [GateRequirementType], { description: 'When the gate refused the move: every requirement still unmet.' })
  unmetRequirements: GateRequirementType[] = [];
}
