import { describe, expect, it } from 'vitest';
import {
  allowedMoves,
  calendarDay,
  canMove,
  createInnovationSchema,
  emptyGateFacts,
  gateRequirementCodes,
  gateRequirements,
  innovationStages,
  mayRunPipeline,
  milestoneProgress,
  missingForGate,
  nextStage,
  pipelineStages,
  reconcileKpis,
  updateInnovationSchema,
  type GateFacts,
  type GateRequirementCode,
  type InnovationStage,
  type MoveKind,
  type PipelineStage,
} from './pipeline.js';

/** The expected kind of every move, written out from the design rather than computed the way canMove does. */
function expectedMove(from: InnovationStage, to: InnovationStage, pausedFrom: PipelineStage | null): MoveKind | null {
  if (from === to || from === 'DISCONTINUED') return null;
  if (to === 'DISCONTINUED') return 'DISCONTINUE';
  if (from === 'PAUSED') return to === pausedFrom ? 'RESUME' : null;
  if (to === 'PAUSED') return 'PAUSE';
  const order: Record<PipelineStage, number> = { NEED_IDENTIFIED: 1, DEVELOPMENT: 2, TRIAL: 3, IMPLEMENTATION: 4, EVALUATION: 5, INSTITUTIONALIZED: 6 };
  const step = order[to as PipelineStage] - order[from as PipelineStage];
  if (step === 1) return 'FORWARD';
  if (step < 0) return 'BACK';
  return null;
}

describe('stage moves', () => {
  for (const from of innovationStages) {
    for (const to of innovationStages) {
      const pausedFroms: (PipelineStage | null)[] = from === 'PAUSED' ? [...pipelineStages] : [null];
      for (const pausedFrom of pausedFroms) {
        const expected = expectedMove(from, to, pausedFrom);
        it(`${from}${pausedFrom ? ` (from ${pausedFrom})` : ''} → ${to}: ${expected ?? 'refused'}`, () => {
          const move = canMove(from, to, pausedFrom);
          expect(move?.kind ?? null).toBe(expected);
          if (move) {
            expect(move.gated).toBe(expected === 'FORWARD');
            expect(move.reasonRequired).toBe(expected === 'BACK' || expected === 'PAUSE' || expected === 'DISCONTINUE');
          }
          expect(allowedMoves(from, pausedFrom).includes(to)).toBe(expected !== null);
        });
      }
    }
  }

  it('never lets a paused innovation resume without knowing where it was paused from', () => {
    for (const to of pipelineStages) expect(canMove('PAUSED', to, null)).toBeNull();
    expect(canMove('PAUSED', 'DISCONTINUED', null)?.kind).toBe('DISCONTINUE');
  });

  it('walks forward one stage at a time and stops at the end', () => {
    expect(pipelineStages.map(nextStage)).toEqual(['DEVELOPMENT', 'TRIAL', 'IMPLEMENTATION', 'EVALUATION', 'INSTITUTIONALIZED', null]);
    expect(nextStage('PAUSED')).toBeNull();
    expect(nextStage('DISCONTINUED')).toBeNull();
  });

});

/** Facts that meet every gate. */
const allMet: GateFacts = {
  hasProblemStatement: true,
  linkedIdeaCount: 1,
  hasNeedAnalysis: true,
  acceptedPilotProposalCount: 1,
  hasInternalPilotPlan: true,
  kpiCount: 2,
  kpisWithResultCount: 2,
  hasTrialResult: true,
  socialisationDone: true,
  trainingRecorded: true,
  linkedCourseCompletionCount: 3,
  feedbackChannelOpen: true,
  hasEvaluationReport: true,
  kpisMeasuredSinceImplementationCount: 2,
  closedSurveyAfterImplementationCount: 1,
  hasLegalBasis: true,
};

/** For each gate item: the facts that leave it (and only it) unmet when everything else is met. */
const unmetBy: Record<GateRequirementCode, { into: InnovationStage; facts: Partial<GateFacts> }> = {
  PROBLEM_STATEMENT: { into: 'DEVELOPMENT', facts: { hasProblemStatement: false } },
  LINKED_IDEA_OR_NEED_ANALYSIS: { into: 'DEVELOPMENT', facts: { linkedIdeaCount: 0, hasNeedAnalysis: false } },
  PILOT_PLAN: { into: 'TRIAL', facts: { acceptedPilotProposalCount: 0, hasInternalPilotPlan: false } },
  PILOT_KPIS: { into: 'TRIAL', facts: { acceptedPilotProposalCount: 0, kpiCount: 0, kpisWithResultCount: 0, kpisMeasuredSinceImplementationCount: 0 } },
  TRIAL_RESULT: { into: 'IMPLEMENTATION', facts: { hasTrialResult: false } },
  TRIAL_KPI_RESULTS: { into: 'IMPLEMENTATION', facts: { kpisWithResultCount: 1 } },
  STAFF_SOCIALISATION: { into: 'EVALUATION', facts: { socialisationDone: false } },
  STAFF_TRAINING: { into: 'EVALUATION', facts: { trainingRecorded: false, linkedCourseCompletionCount: 0 } },
  PUBLIC_FEEDBACK_CHANNEL: { into: 'EVALUATION', facts: { feedbackChannelOpen: false } },
  EVALUATION_REPORT: { into: 'INSTITUTIONALIZED', facts: { hasEvaluationReport: false } },
  EVALUATION_KPI_RESULTS: { into: 'INSTITUTIONALIZED', facts: { kpisMeasuredSinceImplementationCount: 1 } },
  SATISFACTION_SURVEY: { into: 'INSTITUTIONALIZED', facts: { closedSurveyAfterImplementationCount: 0 } },
  LEGAL_BASIS: { into: 'INSTITUTIONALIZED', facts: { hasLegalBasis: false } },
};

describe('gates', () => {
  it('has no requirement unmet when every fact is there, and nothing to meet outside forward moves', () => {
    for (const stage of innovationStages) expect(missingForGate(stage, allMet)).toEqual([]);
    for (const stage of ['NEED_IDENTIFIED', 'PAUSED', 'DISCONTINUED'] as const) expect(missingForGate(stage, emptyGateFacts)).toEqual([]);
  });

  for (const code of gateRequirementCodes) {
    it(`names ${code} alone when only it is unmet`, () => {
      const { into, facts } = unmetBy[code];
      expect(missingForGate(into, { ...allMet, ...facts })).toEqual([code]);
      for (const other of innovationStages.filter((stage) => stage !== into)) {
        if (code === 'PILOT_KPIS' && (other === 'IMPLEMENTATION' || other === 'INSTITUTIONALIZED')) continue;
        expect(missingForGate(other, { ...allMet, ...facts })).toEqual([]);
      }
    });
  }

  it('lists every unmet requirement of each gate when nothing is there', () => {
    expect(missingForGate('DEVELOPMENT', emptyGateFacts)).toEqual(['PROBLEM_STATEMENT', 'LINKED_IDEA_OR_NEED_ANALYSIS']);
    expect(missingForGate('TRIAL', emptyGateFacts)).toEqual(['PILOT_PLAN', 'PILOT_KPIS']);
    expect(missingForGate('IMPLEMENTATION', emptyGateFacts)).toEqual(['TRIAL_RESULT', 'TRIAL_KPI_RESULTS']);
    expect(missingForGate('EVALUATION', emptyGateFacts)).toEqual(['STAFF_SOCIALISATION', 'STAFF_TRAINING', 'PUBLIC_FEEDBACK_CHANNEL']);
    expect(missingForGate('INSTITUTIONALIZED', emptyGateFacts)).toEqual(['EVALUATION_REPORT', 'EVALUATION_KPI_RESULTS', 'LEGAL_BASIS']);
  });

  it('accepts either a linked idea or a written need analysis into development', () => {
    const base = { ...emptyGateFacts, hasProblemStatement: true };
    expect(missingForGate('DEVELOPMENT', { ...base, linkedIdeaCount: 2 })).toEqual([]);
    expect(missingForGate('DEVELOPMENT', { ...base, hasNeedAnalysis: true })).toEqual([]);
  });

  it('accepts an accepted pilot proposal, or an internal pilot plan with KPIs, into trial', () => {
    expect(missingForGate('TRIAL', { ...emptyGateFacts, acceptedPilotProposalCount: 1 })).toEqual([]);
    expect(missingForGate('TRIAL', { ...emptyGateFacts, hasInternalPilotPlan: true, kpiCount: 1 })).toEqual([]);
    expect(missingForGate('TRIAL', { ...emptyGateFacts, hasInternalPilotPlan: true })).toEqual(['PILOT_KPIS']);
    expect(missingForGate('TRIAL', { ...emptyGateFacts, kpiCount: 1 })).toEqual(['PILOT_PLAN']);
  });

  it('asks for a result of every KPI, and for at least one KPI, before implementation', () => {
    const base = { ...emptyGateFacts, hasTrialResult: true };
    expect(missingForGate('IMPLEMENTATION', { ...base, kpiCount: 0, kpisWithResultCount: 0 })).toEqual(['TRIAL_KPI_RESULTS']);
    expect(missingForGate('IMPLEMENTATION', { ...base, kpiCount: 3, kpisWithResultCount: 2 })).toEqual(['TRIAL_KPI_RESULTS']);
    expect(missingForGate('IMPLEMENTATION', { ...base, kpiCount: 3, kpisWithResultCount: 3 })).toEqual([]);
  });

  it('accepts recorded training or completions of a linked course into evaluation', () => {
    const base = { ...emptyGateFacts, socialisationDone: true, feedbackChannelOpen: true };
    expect(missingForGate('EVALUATION', { ...base, trainingRecorded: true })).toEqual([]);
    expect(missingForGate('EVALUATION', { ...base, linkedCourseCompletionCount: 12 })).toEqual([]);
  });

  it('asks for a satisfaction survey only once the surveys module provides the fact', () => {
    const base = { ...emptyGateFacts, hasEvaluationReport: true, kpiCount: 1, kpisMeasuredSinceImplementationCount: 1, hasLegalBasis: true };
    expect(missingForGate('INSTITUTIONALIZED', base)).toEqual([]);
    expect(gateRequirements('INSTITUTIONALIZED', base)).toEqual(['EVALUATION_REPORT', 'EVALUATION_KPI_RESULTS', 'LEGAL_BASIS']);
    expect(missingForGate('INSTITUTIONALIZED', { ...base, closedSurveyAfterImplementationCount: 0 })).toEqual(['SATISFACTION_SURVEY']);
    expect(gateRequirements('INSTITUTIONALIZED', { ...base, closedSurveyAfterImplementationCount: 0 })).toContain('SATISFACTION_SURVEY');
  });

});

describe('who may run the pipeline', () => {
  it('lets a verified agency’s owners, admins and officers, and platform admins, move innovations', () => {
    for (const memberRole of ['OWNER', 'ADMIN', 'OFFICER'] as const) {
      expect(mayRunPipeline({ memberRole, agencyVerified: true, platformAdmin: false })).toBe(true);
      expect(mayRunPipeline({ memberRole, agencyVerified: false, platformAdmin: false })).toBe(false);
    }
    expect(mayRunPipeline({ memberRole: 'MEMBER', agencyVerified: true, platformAdmin: false })).toBe(false);
    expect(mayRunPipeline({ memberRole: null, agencyVerified: true, platformAdmin: false })).toBe(false);
    expect(mayRunPipeline({ memberRole: null, agencyVerified: false, platformAdmin: true })).toBe(true);
  });
});

describe('progress and inputs', () => {
  it('counts progress as the share of milestones done', () => {
    expect(milestoneProgress([])).toBe(0);
    expect(milestoneProgress([{ doneOn: '2026-01-02' }, { doneOn: null }, { doneOn: null }, { doneOn: '2026-02-01' }])).toBe(0.5);
  });

  it('takes only real calendar days', () => {
    expect(calendarDay.safeParse('2026-02-28').success).toBe(true);
    expect(calendarDay.safeParse('2026-02-30').success).toBe(false);
    expect(calendarDay.safeParse('28/02/2026').success).toBe(false);
  });

  it('asks for the need analysis when an innovation starts without ideas', () => {
    const withoutEither = createInnovationSchema.safeParse({ title: 'Antrean daring perekaman KTP-el' });
    expect(withoutEither.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([[['needAnalysis'], 'required']]);
    expect(createInnovationSchema.safeParse({ title: 'Antrean daring perekaman KTP-el', ideaIds: ['SWRlYTox'] }).success).toBe(true);
    expect(createInnovationSchema.safeParse({ title: 'Antrean daring perekaman KTP-el', needAnalysis: 'Warga menunggu 3 jam.' }).success).toBe(true);
  });

  it('names the field of a bad KPI', () => {
    const result = updateInnovationSchema.safeParse({ kpis: [{ name: 'Waktu tunggu', unit: 'menit', baseline: 120, target: 'x' }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path).toEqual(['kpis', 0, 'target']);
  });
});

describe('editing the KPI list', () => {
  const waiting = { id: 'k1', name: 'Waktu tunggu', unit: 'menit', baseline: 180, target: 30, results: [{ value: 35 }] };
  const revisits = { id: 'k2', name: 'Kunjungan ulang', unit: '%', baseline: 40, target: 5, results: [] };
  const stored = [waiting, revisits];
  const definitionOf = ({ results: _results, ...definition }: (typeof stored)[number]) => definition;
  let next = 0;
  const newId = () => `new-${++next}`;

  it('keeps the stored results, edits a KPI without results, adds and removes those without results', () => {
    const result = reconcileKpis(stored, [definitionOf(waiting), { name: 'Warga puas', unit: '%', baseline: 60, target: 90 }], newId);
    expect(result.kpis).toEqual([waiting, { id: 'new-1', name: 'Warga puas', unit: '%', baseline: 60, target: 90, results: [] }]);
    const edited = reconcileKpis(stored, [definitionOf(waiting), { ...definitionOf(revisits), target: 2 }], newId);
    expect(edited.kpis?.[1]).toEqual({ ...revisits, target: 2 });
  });

  it('refuses to change or remove a KPI that has results, an unknown id and a name given twice', () => {
    expect(reconcileKpis(stored, [{ ...definitionOf(waiting), target: 20 }, definitionOf(revisits)], newId).refusal).toEqual({ reason: 'HAS_RESULTS', index: 0, kpiId: 'k1' });
    expect(reconcileKpis(stored, [definitionOf(revisits)], newId).refusal).toEqual({ reason: 'HAS_RESULTS', kpiId: 'k1' });
    expect(reconcileKpis(stored, [definitionOf(waiting), { ...definitionOf(revisits), id: 'k9' }], newId).refusal).toEqual({ reason: 'UNKNOWN_KPI', index: 1 });
    expect(reconcileKpis(stored, [definitionOf(waiting), { ...definitionOf(revisits), id: undefined, name: 'waktu TUNGGU' }], newId).refusal).toEqual({
      reason: 'DUPLICATE_NAME',
      index: 1,
    });
  });
});
