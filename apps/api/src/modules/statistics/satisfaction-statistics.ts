import { computeSurveyIndex, surveyElementCodes } from '@gotong/domain';
import type { Context } from '../../context.js';
import { mapPrefixed, selectColumns } from '../../core/raw-connection.js';
import { Organization } from '../organizations/organization.entity.js';
import { Service } from '../services/service.entity.js';
import { Conditions, monthOf } from './statistics-scope.js';
import type { SatisfactionFigure, SatisfactionStatistics, StatisticsScope } from './statistics.type.js';

type Totals = { surveyCount: number; responseCount: number; sums: number[] };

const noTotals = (): Totals => ({ surveyCount: 0, responseCount: 0, sums: surveyElementCodes.map(() => 0) });

function add(into: Totals, totals: Totals): Totals {
  into.surveyCount += totals.surveyCount;
  into.responseCount += totals.responseCount;
  totals.sums.forEach((sum, index) => (into.sums[index]! += sum));
  return into;
}

/** The IKM of pooled totals by the one rule of @gotong/domain: every response answers all nine elements. */
function figureOf(totals: Totals): SatisfactionFigure {
  const index = computeSurveyIndex(totals.sums, totals.sums.map(() => totals.responseCount));
  return { surveyCount: totals.surveyCount, responseCount: totals.responseCount, ikm: index?.ikm ?? null, grade: index?.grade ?? null };
}

/**
 * Surveys that closed in the period, from their running totals (no response is read), in one statement grouped by
 * service and closing month; agencies and the whole are those groups pooled, as if one survey (ADR 025).
 */
export async function satisfactionStatistics(context: Context, scope: StatisticsScope): Promise<SatisfactionStatistics> {
  const { em } = context;
  const where = new Conditions().add('s.closes_at <= now()').owner(scope, { agency: 's.agency_id', service: 's.service_id' }).during(scope, 's.closes_at');
  const sums = surveyElementCodes.map((_, index) => `sum((s.element_sums ->> ${index})::int)::int as sum_${index}`).join(', ');
  const rows = await em.getConnection().execute<Record<string, unknown>[]>(
    `select ${selectColumns(em, Service, 'sv', 'service__')}, ${selectColumns(em, Organization, 'agency', 'agency__')},
       grouped.month, grouped.survey_count, grouped.response_count, ${surveyElementCodes.map((_, index) => `grouped.sum_${index}`).join(', ')}
     from (select s.service_id, ${monthOf('s.closes_at')} as month, count(*)::int as survey_count, sum(s.response_count)::int as response_count, ${sums}
           from surveys s where ${where.where} group by 1, 2) grouped
       join services sv on sv.id = grouped.service_id
       join organizations agency on agency.id = sv.agency_id
     order by agency.name, agency.id, sv.name, sv.id, grouped.month`,
    where.params,
  );
  const overall = noTotals();
  const byService: SatisfactionStatistics['byService'] = [];
  const agencies = new Map<string, { agency: Organization; months: Map<string, Totals> }>();
  for (const row of rows) {
    const service = mapPrefixed(em, Service, row, 'service__')!;
    const agency = mapPrefixed(em, Organization, row, 'agency__')!;
    const month = row.month as string;
    const totals: Totals = {
      surveyCount: row.survey_count as number,
      responseCount: row.response_count as number,
      sums: surveyElementCodes.map((_, index) => row[`sum_${index}`] as number),
    };
    byService.push({ service, month, ...figureOf(totals) });
    add(overall, totals);
    const ofAgency = agencies.get(agency.id) ?? { agency, months: new Map<string, Totals>() };
    ofAgency.months.set(month, add(ofAgency.months.get(month) ?? noTotals(), totals));
    agencies.set(agency.id, ofAgency);
  }
  const byAgency = [...agencies.values()].flatMap(({ agency, months }) =>
    [...months.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([month, totals]) => ({ agency, month, ...figureOf(totals) })),
  );
  return { overall: figureOf(overall), byService, byAgency };
}
