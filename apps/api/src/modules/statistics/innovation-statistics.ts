import { innovationStages, type InnovationStage } from '@gotong/domain';
import type { Context } from '../../context.js';
import { Conditions } from './statistics-scope.js';
import type { InnovationStatistics, StatisticsScope } from './statistics.type.js';

/**
 * Innovations started in the period by the stage they are in now (one statement), and how long stays in each stage
 * lasted (another): a stay runs from the change into a stage to the innovation's next change; it counts in the period
 * it ended in, and its median is PostgreSQL's percentile_cont(0.5) of the days (the mean of the middle two when even).
 */
export async function innovationStatistics(context: Context, scope: StatisticsScope): Promise<InnovationStatistics> {
  const connection = context.em.getConnection();
  const owned = new Conditions().owner(scope, { agency: 'n.agency_id', service: 'n.service_id' });
  const started = new Conditions().owner(scope, { agency: 'n.agency_id', service: 'n.service_id' }).during(scope, 'n.created_at');
  const ended = new Conditions().add('stay.left_at is not null').during(scope, 'stay.left_at');
  const [counts, stays] = await Promise.all([
    connection.execute<{ stage: InnovationStage; count: number }[]>(
      `select n.stage, count(*)::int as count from innovations n where ${started.where} group by 1`,
      started.params,
    ),
    connection.execute<{ stage: InnovationStage; stays: number; median_days: number | string }[]>(
      `select stay.stage, count(*)::int as stays, percentile_cont(0.5) within group (order by extract(epoch from stay.left_at - stay.entered_at) / 86400) as median_days
       from (select c.to_stage as stage, c.created_at as entered_at,
               lead(c.created_at) over (partition by c.innovation_id order by c.created_at, c.id) as left_at
             from innovation_stage_changes c join innovations n on n.id = c.innovation_id
             where ${owned.where}) stay
       where ${ended.where}
       group by 1`,
      [...owned.params, ...ended.params],
    ),
  ]);
  const countOf = new Map(counts.map((row) => [row.stage, row.count]));
  const staysOf = new Map(stays.map((row) => [row.stage, row]));
  return {
    total: counts.reduce((sum, row) => sum + row.count, 0),
    byStage: innovationStages.map((stage) => {
      const stay = staysOf.get(stage);
      return { stage, count: countOf.get(stage) ?? 0, completedStays: stay?.stays ?? 0, medianDays: stay ? Number(stay.median_days) : null };
    }),
  };
}
