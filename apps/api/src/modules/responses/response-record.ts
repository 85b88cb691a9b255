import type { EntityManager } from '@mikro-orm/postgresql';
import { now } from '../../core/clock.js';
import { responseSteps, type ResponseStep } from './response-clock.entity.js';

export type StepRecord = { step: ResponseStep; decided: number; onTime: number; shareOnTime: number | null; medianWorkingDays: number | null };

/** The window of an agency's record: clocks started in the last 90 days. */
export const recordDays = 90;

/**
 * An agency's public record over the clocks started in the last 90 days, per step: of those stopped or past due,
 * the share stopped on time; the median working days taken by those stopped. One statement.
 */
export async function responseRecord(em: EntityManager, agencyId: string): Promise<StepRecord[]> {
  const at = now();
  const rows: { step: ResponseStep; decided: string; on_time: string; median: number | null }[] = await em.execute(
    `select step,
       count(*) filter (where met_at is not null or due_at <= ?) as decided,
       count(*) filter (where met_at is not null and met_at < due_at) as on_time,
       percentile_cont(0.5) within group (order by working_days_taken) filter (where met_at is not null) as median
     from response_clocks
     where agency_id = ? and started_at > ?::timestamptz - interval '${recordDays} days' and started_at <= ?
     group by step`,
    [at, agencyId, at, at],
  );
  const byStep = new Map(rows.map((row) => [row.step, row]));
  return responseSteps.map((step) => {
    const row = byStep.get(step);
    const decided = Number(row?.decided ?? 0);
    const onTime = Number(row?.on_time ?? 0);
    return { step, decided, onTime, shareOnTime: decided > 0 ? onTime / decided : null, medianWorkingDays: row?.median === null || row?.median === undefined ? null : Number(row.median) };
  });
}
