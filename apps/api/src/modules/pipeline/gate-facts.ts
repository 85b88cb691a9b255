import { calendarDayInZone, timeZoneOr, type GateFacts } from '@gotong/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Innovation } from './innovation.entity.js';

/**
 * What another module knows about innovations for their gates (partners: accepted pilot proposals; courses:
 * completions of linked courses; surveys: closed surveys after implementation), for many innovations in one go.
 * It runs on the caller's EntityManager, which may be inside the stage change's transaction.
 */
export type GateFactsProvider = (em: EntityManager, innovations: readonly Innovation[]) => Promise<Map<string, Partial<GateFacts>>>;

const providers: GateFactsProvider[] = [];

/** Called by a module's index.ts; the pipeline never imports the modules that build on it. */
export function registerGateFactsProvider(provider: GateFactsProvider): void {
  providers.push(provider);
}

const hasText = (value: string) => value.trim().length > 0;

/** The calendar day in the agency's time zone (WIB when it is not loaded), as KPI results and checklist items are dated. */
export function dayInIndonesia(at: Date, timeZone?: string): string {
  return calendarDayInZone(at, timeZoneOr(timeZone));
}

function ownFacts(innovation: Innovation, linkedIdeaCount: number): GateFacts {
  const implementationDay = innovation.implementationStartedAt ? dayInIndonesia(innovation.implementationStartedAt, (innovation.agency as { timeZone?: string }).timeZone) : null;
  return {
    hasProblemStatement: hasText(innovation.problemStatement),
    linkedIdeaCount,
    hasNeedAnalysis: hasText(innovation.needAnalysis),
    acceptedPilotProposalCount: 0,
    hasInternalPilotPlan: hasText(innovation.pilotPlan),
    kpiCount: innovation.kpis.length,
    kpisWithResultCount: innovation.kpis.filter((kpi) => kpi.results.length > 0).length,
    hasTrialResult: hasText(innovation.trialResult),
    socialisationDone: innovation.socialisation !== null,
    trainingRecorded: innovation.training !== null,
    linkedCourseCompletionCount: 0,
    feedbackChannelOpen: innovation.feedbackChannel !== null,
    hasEvaluationReport: hasText(innovation.evaluationReport),
    kpisMeasuredSinceImplementationCount: implementationDay
      ? innovation.kpis.filter((kpi) => kpi.results.some((result) => result.measuredOn >= implementationDay)).length
      : 0,
    hasLegalBasis: innovation.legalBasis !== null,
  };
}

/** How many ACCEPTED ideas each innovation has, in one statement. */
export async function linkedIdeaCounts(em: EntityManager, innovationIds: readonly string[]): Promise<Map<string, number>> {
  if (innovationIds.length === 0) return new Map();
  const rows: { innovation_id: string; count: string }[] = await em.execute(
    "select innovation_id, count(*) as count from ideas where innovation_id in (?) and status = 'ACCEPTED' group by innovation_id",
    [[...innovationIds]],
  );
  return new Map(rows.map((row) => [row.innovation_id, Number(row.count)]));
}

/** The facts of each innovation's gates: its own, merged with what every provider contributes. */
export async function gateFactsOf(em: EntityManager, innovations: readonly Innovation[]): Promise<Map<string, GateFacts>> {
  const ideaCounts = await linkedIdeaCounts(em, innovations.map((innovation) => innovation.id));
  const facts = new Map(innovations.map((innovation) => [innovation.id, ownFacts(innovation, ideaCounts.get(innovation.id) ?? 0)]));
  for (const provider of providers) {
    const contributed = await provider(em, innovations);
    for (const [id, partial] of contributed) {
      const current = facts.get(id);
      if (current) facts.set(id, { ...current, ...partial });
    }
  }
  return facts;
}
