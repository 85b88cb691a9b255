import { profileTable, respondentProfileDimensions, type GateFacts } from '@gotong/domain';
import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import type { Innovation } from '../pipeline/innovation.entity.js';
import { browserKeyHash } from './submit-survey-response.js';
import type { SurveyProfile } from './survey-report.type.js';
import { SurveyResponse } from './survey-response.entity.js';
import { Survey } from './survey.entity.js';

/** How many closed surveys a service's IKM history shows. */
export const satisfactionHistoryLength = 20;

async function surveysById(em: EntityManager, ids: (string | null)[]): Promise<Map<string, Survey>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const surveys = await em.find(Survey, { id: { $in: wanted } }, { populate: ['service', 'agency'] });
  return new Map(surveys.map((survey) => [survey.id, survey]));
}

/** Each service's latest closed surveys, oldest first (its IKM over time): two statements for any number of services. */
export function satisfactionHistoryLoader(context: Context) {
  return context.loader('surveys.satisfactionHistory', () => new DataLoader<string, Survey[]>(async (serviceIds) => {
    const rows: { id: string; service_id: string }[] = await context.em.execute(
      `select id, service_id from (
         select id, service_id, closes_at, row_number() over (partition by service_id order by closes_at desc, id desc) as position
           from surveys where service_id in (?) and closes_at <= now()
       ) latest where position <= ? order by closes_at asc, id asc`,
      [[...serviceIds], satisfactionHistoryLength],
    );
    const surveys = await surveysById(context.em, rows.map((row) => row.id));
    return serviceIds.map((serviceId) => rows.filter((row) => row.service_id === serviceId).map((row) => surveys.get(row.id)!));
  }));
}

/**
 * For each innovation, the surveys of its target service around implementation: the last one closed before it
 * started (or, before implementation, the latest closed one) and the first closed one that opened after it started.
 */
export function innovationSatisfactionLoader(context: Context) {
  return context.loader('surveys.innovationSatisfaction', () => new DataLoader<string, { before: Survey | null; after: Survey | null }>(async (innovationIds) => {
    const rows: { innovation_id: string; before_id: string | null; after_id: string | null }[] = await context.em.execute(
      `select innovation.id as innovation_id,
         (select survey.id from surveys survey
           where survey.service_id = innovation.service_id and survey.closes_at <= least(coalesce(innovation.implementation_started_at, now()), now())
           order by survey.closes_at desc, survey.id desc limit 1) as before_id,
         (select survey.id from surveys survey
           where survey.service_id = innovation.service_id and survey.opens_at >= innovation.implementation_started_at and survey.closes_at <= now()
           order by survey.closes_at asc, survey.id asc limit 1) as after_id
       from innovations innovation where innovation.id in (?)`,
      [[...innovationIds]],
    );
    const surveys = await surveysById(context.em, rows.flatMap((row) => [row.before_id, row.after_id]));
    return innovationIds.map((id) => {
      const row = rows.find((candidate) => candidate.innovation_id === id);
      return { before: row?.before_id ? surveys.get(row.before_id)! : null, after: row?.after_id ? surveys.get(row.after_id)! : null };
    });
  }));
}

/** Whether the signed-in viewer, or the browser holding the respondent key, has answered each survey. */
export function viewerHasRespondedLoader(context: Context, respondentKey: string | null) {
  const keyHash = respondentKey?.trim() ? browserKeyHash(respondentKey.trim()) : null;
  return context.loader(`surveys.viewerHasResponded:${keyHash ?? ''}`, () => new DataLoader<string, boolean>(async (surveyIds) => {
    const sameRespondent = [...(context.viewer ? [{ respondent: context.viewer.id }] : []), ...(keyHash ? [{ browserKeyHash: keyHash }] : [])];
    if (sameRespondent.length === 0) return surveyIds.map(() => false);
    const responses = await context.em.find(SurveyResponse, { survey: { $in: [...surveyIds] }, $or: sameRespondent }, { fields: ['survey'] });
    return surveyIds.map((id) => responses.some((response) => response.survey.id === id));
  }));
}

/**
 * For the INSTITUTIONALIZED gate: closed surveys of each innovation's target service that opened after its
 * implementation started and got at least one response. Read from the innovations as they are in memory (a stage
 * change in progress may have just set them). Every innovation gets the fact, so the gate asks for the survey.
 */
export async function closedSurveyAfterImplementationFacts(em: EntityManager, innovations: readonly Innovation[]): Promise<Map<string, Partial<GateFacts>>> {
  const facts = new Map<string, Partial<GateFacts>>(innovations.map((innovation) => [innovation.id, { closedSurveyAfterImplementationCount: 0 }]));
  const measured = innovations.filter((innovation) => innovation.service && innovation.implementationStartedAt);
  if (measured.length === 0) return facts;
  const rows: { innovation_id: string; count: string }[] = await em.execute(
    `select target.innovation_id, count(survey.id) as count
       from unnest(array[?]::uuid[], array[?]::uuid[], array[?]::timestamptz[]) as target(innovation_id, service_id, implemented_at)
       join surveys survey on survey.service_id = target.service_id and survey.opens_at >= target.implemented_at
        and survey.closes_at <= now() and survey.response_count > 0
      group by target.innovation_id`,
    [measured.map((innovation) => innovation.id), measured.map((innovation) => innovation.service!.id), measured.map((innovation) => innovation.implementationStartedAt!.toISOString())],
  );
  for (const row of rows) facts.set(row.innovation_id, { closedSurveyAfterImplementationCount: Number(row.count) });
  return facts;
}

/** Each survey's respondent profile tables: one statement for any number of surveys (all four questions counted at once). */
export function respondentProfileLoader(context: Context) {
  return context.loader('surveys.respondentProfile', () => new DataLoader<Survey, SurveyProfile, string>(async (surveys) => {
    const rows: { survey_id: string; dimension: string; value: string | null; count: number }[] = await context.em.execute(
      respondentProfileDimensions
        .map(({ dimension, column }) => `select survey_id, '${dimension}' as dimension, ${column} as value, count(*)::int as count from survey_responses where survey_id in (?) group by survey_id, ${column}`)
        .join(' union all '),
      respondentProfileDimensions.map(() => surveys.map((survey) => survey.id)),
    );
    return surveys.map((survey) =>
      respondentProfileDimensions.map(({ dimension, values }) => {
        const counts = new Map(rows.filter((row) => row.survey_id === survey.id && row.dimension === dimension).map((row) => [row.value, row.count]));
        return { dimension, rows: profileTable(values, counts, survey.responseCount) };
      }),
    );
  }, { cacheKeyFn: (survey) => survey.id }));
}
