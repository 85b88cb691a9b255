import { z } from 'zod';
import { actsForOrganization, type MemberRole } from './organizations.js';

/**
 * The institutionalisation pipeline: stage order, the gates into each stage and who may move an innovation.
 * Pure rules: the API enforces them, the web app shows them; neither decides on its own.
 */
export const pipelineStages = ['NEED_IDENTIFIED', 'DEVELOPMENT', 'TRIAL', 'IMPLEMENTATION', 'EVALUATION', 'INSTITUTIONALIZED'] as const;
export type PipelineStage = (typeof pipelineStages)[number];

export const innovationStages = [...pipelineStages, 'PAUSED', 'DISCONTINUED'] as const;
export type InnovationStage = (typeof innovationStages)[number];

export function isPipelineStage(stage: InnovationStage): stage is PipelineStage {
  return (pipelineStages as readonly string[]).includes(stage);
}

/** The stage a forward move leads to, or null at the end of the pipeline (and from PAUSED or DISCONTINUED). */
export function nextStage(stage: InnovationStage): PipelineStage | null {
  if (!isPipelineStage(stage)) return null;
  return pipelineStages[pipelineStages.indexOf(stage) + 1] ?? null;
}

export type MoveKind = 'FORWARD' | 'BACK' | 'PAUSE' | 'RESUME' | 'DISCONTINUE';

export type Move = {
  kind: MoveKind;
  /** Back, pause and discontinue need a written reason; forward and resume take an optional note. */
  reasonRequired: boolean;
  /** Only forward moves pass a gate. */
  gated: boolean;
};

const moves: Record<MoveKind, Move> = {
  FORWARD: { kind: 'FORWARD', reasonRequired: false, gated: true },
  BACK: { kind: 'BACK', reasonRequired: true, gated: false },
  PAUSE: { kind: 'PAUSE', reasonRequired: true, gated: false },
  RESUME: { kind: 'RESUME', reasonRequired: false, gated: false },
  DISCONTINUE: { kind: 'DISCONTINUE', reasonRequired: true, gated: false },
};

/**
 * Whether an innovation may move from one stage to another, and how; null when the move is never allowed.
 * Forward one stage at a time; back to any earlier stage; PAUSED and DISCONTINUED from any stage.
 * From PAUSED it resumes only to the stage it was paused from (`pausedFrom`), or is discontinued.
 * DISCONTINUED is final: a discontinued innovation is not revived, a new one is created.
 */
export function canMove(from: InnovationStage, to: InnovationStage, pausedFrom: PipelineStage | null = null): Move | null {
  if (from === to || from === 'DISCONTINUED') return null;
  if (to === 'DISCONTINUED') return moves.DISCONTINUE;
  if (from === 'PAUSED') return pausedFrom !== null && to === pausedFrom ? moves.RESUME : null;
  if (to === 'PAUSED') return moves.PAUSE;
  const fromIndex = pipelineStages.indexOf(from);
  const toIndex = pipelineStages.indexOf(to);
  if (toIndex === fromIndex + 1) return moves.FORWARD;
  if (toIndex < fromIndex) return moves.BACK;
  return null;
}

/** Every stage an innovation may move to from where it stands (before its gate is checked). */
export function allowedMoves(from: InnovationStage, pausedFrom: PipelineStage | null = null): InnovationStage[] {
  return innovationStages.filter((to) => canMove(from, to, pausedFrom) !== null);
}

/**
 * What the API knows about an innovation when it checks a gate. The pipeline module computes its own facts;
 * other modules contribute theirs through the pipeline's gate facts providers (partners: accepted pilot
 * proposals; courses: completions of linked courses; surveys: closed satisfaction surveys).
 */
export type GateFacts = {
  hasProblemStatement: boolean;
  linkedIdeaCount: number;
  hasNeedAnalysis: boolean;
  /** From the partners module; 0 until it provides it. */
  acceptedPilotProposalCount: number;
  hasInternalPilotPlan: boolean;
  kpiCount: number;
  /** KPIs with at least one measured result. */
  kpisWithResultCount: number;
  hasTrialResult: boolean;
  socialisationDone: boolean;
  /** Staff training recorded in the adoption checklist. */
  trainingRecorded: boolean;
  /** From the courses module: completions in courses linked to the innovation; 0 until it provides it. */
  linkedCourseCompletionCount: number;
  feedbackChannelOpen: boolean;
  hasEvaluationReport: boolean;
  /** KPIs with a result measured on or after the day implementation started. */
  kpisMeasuredSinceImplementationCount: number;
  /**
   * From the surveys module: closed satisfaction surveys of the target service taken after implementation started.
   * Undefined while no surveys module provides it: the gate then does not ask for a survey.
   */
  closedSurveyAfterImplementationCount?: number;
  hasLegalBasis: boolean;
};

export const emptyGateFacts: GateFacts = {
  hasProblemStatement: false,
  linkedIdeaCount: 0,
  hasNeedAnalysis: false,
  acceptedPilotProposalCount: 0,
  hasInternalPilotPlan: false,
  kpiCount: 0,
  kpisWithResultCount: 0,
  hasTrialResult: false,
  socialisationDone: false,
  trainingRecorded: false,
  linkedCourseCompletionCount: 0,
  feedbackChannelOpen: false,
  hasEvaluationReport: false,
  kpisMeasuredSinceImplementationCount: 0,
  hasLegalBasis: false,
};

export const gateRequirementCodes = [
  'PROBLEM_STATEMENT',
  'LINKED_IDEA_OR_NEED_ANALYSIS',
  'PILOT_PLAN',
  'PILOT_KPIS',
  'TRIAL_RESULT',
  'TRIAL_KPI_RESULTS',
  'STAFF_SOCIALISATION',
  'STAFF_TRAINING',
  'PUBLIC_FEEDBACK_CHANNEL',
  'EVALUATION_REPORT',
  'EVALUATION_KPI_RESULTS',
  'SATISFACTION_SURVEY',
  'LEGAL_BASIS',
] as const;
export type GateRequirementCode = (typeof gateRequirementCodes)[number];

const allKpis = (measured: number, facts: GateFacts) => facts.kpiCount > 0 && measured >= facts.kpiCount;

/** The requirements of the gate into each stage, each with the test it must pass. */
const gates: Partial<Record<InnovationStage, [GateRequirementCode, (facts: GateFacts) => boolean][]>> = {
  DEVELOPMENT: [
    ['PROBLEM_STATEMENT', (facts) => facts.hasProblemStatement],
    ['LINKED_IDEA_OR_NEED_ANALYSIS', (facts) => facts.linkedIdeaCount > 0 || facts.hasNeedAnalysis],
  ],
  TRIAL: [
    ['PILOT_PLAN', (facts) => facts.acceptedPilotProposalCount > 0 || facts.hasInternalPilotPlan],
    ['PILOT_KPIS', (facts) => facts.acceptedPilotProposalCount > 0 || facts.kpiCount > 0],
  ],
  IMPLEMENTATION: [
    ['TRIAL_RESULT', (facts) => facts.hasTrialResult],
    ['TRIAL_KPI_RESULTS', (facts) => allKpis(facts.kpisWithResultCount, facts)],
  ],
  EVALUATION: [
    ['STAFF_SOCIALISATION', (facts) => facts.socialisationDone],
    ['STAFF_TRAINING', (facts) => facts.trainingRecorded || facts.linkedCourseCompletionCount > 0],
    ['PUBLIC_FEEDBACK_CHANNEL', (facts) => facts.feedbackChannelOpen],
  ],
  INSTITUTIONALIZED: [
    ['EVALUATION_REPORT', (facts) => facts.hasEvaluationReport],
    ['EVALUATION_KPI_RESULTS', (facts) => allKpis(facts.kpisMeasuredSinceImplementationCount, facts)],
    ['SATISFACTION_SURVEY', (facts) => facts.closedSurveyAfterImplementationCount === undefined || facts.closedSurveyAfterImplementationCount > 0],
    ['LEGAL_BASIS', (facts) => facts.hasLegalBasis],
  ],
};

/** Every requirement of the gate into `to` that the facts do not meet, in the gate's order; empty when the gate is met. */
export function missingForGate(to: InnovationStage, facts: GateFacts): GateRequirementCode[] {
  return (gates[to] ?? []).filter(([, met]) => !met(facts)).map(([code]) => code);
}

/** Every requirement the gate into `to` asks for with these facts (the survey only once surveys exist). */
export function gateRequirements(to: InnovationStage, facts: GateFacts): GateRequirementCode[] {
  return (gates[to] ?? [])
    .map(([code]) => code)
    .filter((code) => code !== 'SATISFACTION_SURVEY' || facts.closedSurveyAfterImplementationCount !== undefined);
}

/** Who may create, edit and move an agency's innovations: its acting members while it is verified, and platform admins. */
export function mayRunPipeline(who: { memberRole: MemberRole | null | undefined; agencyVerified: boolean; platformAdmin: boolean }): boolean {
  return who.platformAdmin || (who.agencyVerified && actsForOrganization(who.memberRole));
}

/** Progress as the share of milestones done, 0..1; 0 without milestones. */
export function milestoneProgress(milestones: readonly { doneOn: string | null }[]): number {
  if (milestones.length === 0) return 0;
  return milestones.filter((milestone) => milestone.doneOn !== null).length / milestones.length;
}

// Input rules shared by the API and the web forms.

const text = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(1, { message: 'required' })
    .min(min, { message: 'tooShort' })
    .max(max, { message: 'tooLong' });

const optionalText = (max: number) => z.string().trim().max(max, { message: 'tooLong' });

/** A calendar day, YYYY-MM-DD. */
export const calendarDay = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'invalid' })
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), {
    message: 'invalid',
  });

const measurement = z.number({ invalid_type_error: 'invalid' }).finite({ message: 'invalid' }).min(-1e12, { message: 'tooSmall' }).max(1e12, { message: 'tooLarge' });

export const maxKpis = 20;
export const maxKpiResults = 50;
export const maxMilestones = 50;

/** One measurement of a KPI, appended by recordKpiResult (never sent with the KPI list). */
export const kpiResultSchema = z.object({
  value: measurement,
  measuredOn: calendarDay,
  note: optionalText(500).default(''),
});

/** A KPI as the editor sends it: `id` names a KPI it already has, none adds one. Results are never part of it. */
export const kpiSchema = z.object({
  id: z.string().trim().max(64, { message: 'invalid' }).optional(),
  name: text(3, 160),
  unit: optionalText(40).default(''),
  baseline: measurement,
  target: measurement,
});
/** What the editor sends for one KPI (the unit defaults to none). */
export type KpiDefinition = { id?: string; name: string; unit?: string; baseline: number; target: number };

export type StoredKpi<Result> = { id: string; name: string; unit: string; baseline: number; target: number; results: Result[] };

/** Why an edit of the KPI list is refused, and which requested KPI (`index`) or stored one (`kpiId`) it is about. */
export type KpiListRefusal = { reason: 'UNKNOWN_KPI' | 'HAS_RESULTS' | 'DUPLICATE_NAME'; index?: number; kpiId?: string };

/**
 * The KPI list an edit asks for, reconciled with the stored one: a KPI with results keeps its definition and cannot
 * be removed (its results would lose their meaning); the others may be edited, removed or added. Results always
 * come from the stored KPI, so an edit sent while someone records a result loses nothing.
 */
export function reconcileKpis<Result>(
  stored: readonly StoredKpi<Result>[],
  requested: readonly KpiDefinition[],
  newId: () => string,
): { kpis: StoredKpi<Result>[]; refusal?: undefined } | { kpis?: undefined; refusal: KpiListRefusal } {
  const byId = new Map(stored.map((kpi) => [kpi.id, kpi]));
  const names = new Set<string>();
  const kpis: StoredKpi<Result>[] = [];
  for (const [index, { id, unit = '', ...rest }] of requested.entries()) {
    const definition = { ...rest, unit };
    const name = definition.name.toLocaleLowerCase('id');
    if (names.has(name)) return { refusal: { reason: 'DUPLICATE_NAME', index } };
    names.add(name);
    const current = id === undefined ? undefined : byId.get(id);
    if (id !== undefined && !current) return { refusal: { reason: 'UNKNOWN_KPI', index } };
    if (current && current.results.length > 0) {
      const unchanged = current.name === definition.name && current.unit === definition.unit && current.baseline === definition.baseline && current.target === definition.target;
      if (!unchanged) return { refusal: { reason: 'HAS_RESULTS', index, kpiId: current.id } };
    }
    kpis.push({ ...definition, id: current?.id ?? newId(), results: current?.results ?? [] });
  }
  const kept = new Set(kpis.map((kpi) => kpi.id));
  const removed = stored.find((kpi) => !kept.has(kpi.id) && kpi.results.length > 0);
  if (removed) return { refusal: { reason: 'HAS_RESULTS', kpiId: removed.id } };
  return { kpis };
}

export const milestoneSchema = z.object({
  title: text(3, 160),
  dueOn: calendarDay,
  doneOn: calendarDay.nullable().default(null),
});

/** One item of the adoption checklist: done when it has its evidence and the day it was done. */
export const adoptionItemSchema = z.object({
  evidence: text(10, 2000),
  doneOn: calendarDay,
});

export const legalBasisTypes = [
  'REGIONAL_REGULATION',
  'REGIONAL_HEAD_REGULATION',
  'REGIONAL_HEAD_DECREE',
  'AGENCY_HEAD_REGULATION',
  'AGENCY_HEAD_DECREE',
  'MINISTERIAL_REGULATION',
] as const;
export type LegalBasisType = (typeof legalBasisTypes)[number];

export const legalBasisSchema = z.object({
  type: z.enum(legalBasisTypes),
  /** As it is cited, e.g. "Peraturan Wali Kota Bandung Nomor 12 Tahun 2025". */
  number: text(5, 200),
  enactedOn: calendarDay.nullable().default(null),
});

export const innovationTitle = text(8, 160);
export const innovationLongText = optionalText(20_000);

/** How many ideas one request may link to an innovation. */
export const maxIdeasPerInnovationLink = 20;

/** An innovation starts from ideas or from a written need: without ideas, the need analysis is required. */
export const createInnovationSchema = z
  .object({
    title: innovationTitle,
    summary: optionalText(500).default(''),
    problemStatement: innovationLongText.default(''),
    needAnalysis: innovationLongText.default(''),
    ideaIds: z.array(z.string()).default([]),
  })
  .refine((data) => data.ideaIds.length > 0 || data.needAnalysis.length > 0, { message: 'required', path: ['needAnalysis'] });

export const updateInnovationSchema = z.object({
  title: innovationTitle.optional(),
  summary: optionalText(500).optional(),
  problemStatement: innovationLongText.optional(),
  needAnalysis: innovationLongText.optional(),
  kpis: z.array(kpiSchema).max(maxKpis, { message: 'tooLong' }).optional(),
  milestones: z.array(milestoneSchema).max(maxMilestones, { message: 'tooLong' }).optional(),
  pilotPlan: innovationLongText.optional(),
  trialResult: innovationLongText.optional(),
  socialisation: adoptionItemSchema.nullable().optional(),
  training: adoptionItemSchema.nullable().optional(),
  feedbackChannel: adoptionItemSchema.nullable().optional(),
  evaluationReport: innovationLongText.optional(),
  legalBasis: legalBasisSchema.nullable().optional(),
});

/** The note of a stage change: required (at least 10 characters) for a move back, a pause or a discontinuation. */
export const stageChangeReason = text(10, 2000);
export const stageChangeNote = optionalText(2000);
