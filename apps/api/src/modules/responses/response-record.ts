import type { EntityManager } from '@mikro-orm/postgresql';
import { now } from '../../core/clock.js';
import { publicContentSql } from '../moderation/index.js';
import { responseSteps, type ResponseStep } from './response-clock.entity.js';

export type StepRecord = { step: ResponseStep; started: number; met: number; decided: number; onTime: number; shareOnTime: number | null; medianWorkingDays: number | null };

/** The window of an agency's record: clocks started in the last 90 days. */
export const recordDays = 90;

/**
 * How the clocks chosen by `where` (an SQL condition on `response_clocks c` joined to its `ideas i`) were kept, per
 * step: of those stopped or past due, the share stopped on time; the median working days taken by those stopped.
 * Clocks of hidden ideas are left out, as everywhere the public looks. One statement.
 */
export async function responseStepFigures(em: EntityManager, where: { sql: string; params: unknown[] }): Promise<StepRecord[]> {
  const at = now();
  const rows: { step: ResponseStep; started: string; met: string; decided: string; on_time: string; median: number | null }[] = await em.execute(
    `select c.step,
       count(*) as started,
       count(*) filter (where c.met_at is not null) as met,
       count(*) filter (where c.met_at is not null or c.due_at <= ?) as decided,
       count(*) filter (where c.met_at is not null and c.met_at < c.due_at) as on_time,
       percentile_cont(0.5) within group (order by c.working_days_taken) filter (where c.met_at is not null) as median
     from response_clocks c join ideas i on i.id = c.idea_id
     where ${publicContentSql('i')} and c.started_at <= ? and ${where.sql}
     group by c.step`,
    [at, at, ...where.params],
  );
  const byStep = new Map(rows.map((row) => [row.step, row]));
  return responseSteps.map((step) => {
    const row = byStep.get(step);
    const decided = Number(row?.decided ?? 0);
    const onTime = Number(row?.on_time ?? 0);
    return {
      step,
      started: Number(row?.started ?? 0),
      met: Number(row?.met ?? 0),
      decided,
      onTime,
      shareOnTime: decided > 0 ? onTime / decided : null,
      medianWorkingDays: row?.median === null || row?.median === undefined ? null : Number(row.median),
    };
  });
}

/** An agency's public record over the clocks started in the last 90 days. */
export function responseRecord(em: EntityManager, agencyId: string): Promise<StepRecord[]> {
  return responseStepFigures(em, { sql: `c.agency_id = ? and c.started_at > ?::timestamptz - interval '${recordDays} days'`, params: [agencyId, now()] });
}
