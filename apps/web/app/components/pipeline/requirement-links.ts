import type { GateRequirementCode } from '@gotong/domain';

/** The editor's form fields (intent-name, as AppForm and Field build ids) where each gate requirement is filled in. */
const editorAnchors: Record<Exclude<GateRequirementCode, 'SATISFACTION_SURVEY'>, string> = {
  PROBLEM_STATEMENT: 'content-problemStatement',
  LINKED_IDEA_OR_NEED_ANALYSIS: 'content-needAnalysis',
  PILOT_PLAN: 'content-pilotPlan',
  PILOT_KPIS: 'kpi-add-name',
  TRIAL_RESULT: 'content-trialResult',
  TRIAL_KPI_RESULTS: 'kpis',
  STAFF_SOCIALISATION: 'adoption-socialisation.evidence',
  STAFF_TRAINING: 'adoption-training.evidence',
  PUBLIC_FEEDBACK_CHANNEL: 'adoption-feedbackChannel.evidence',
  EVALUATION_REPORT: 'content-evaluationReport',
  EVALUATION_KPI_RESULTS: 'kpis',
  LEGAL_BASIS: 'legal-legalBasis.type',
};

export const editorPath = (innovationId: string) => `/inovasi/${encodeURIComponent(innovationId)}/ubah`;

/**
 * Where a missing requirement is met: its field in the innovation editor, or, for the satisfaction survey, the
 * target service's page (where its officers open surveys); without a service, the editor's service field.
 */
export function requirementHref(code: string, innovation: { id: string; service: { slug: string } | null }, { onEditor = false } = {}): string {
  if (code === 'SATISFACTION_SURVEY' && innovation.service) return `/layanan/${encodeURIComponent(innovation.service.slug)}`;
  const anchor = code === 'SATISFACTION_SURVEY' ? 'content-serviceId' : (editorAnchors[code as keyof typeof editorAnchors] ?? 'content-title');
  return onEditor ? `#${anchor}` : `${editorPath(innovation.id)}#${anchor}`;
}
