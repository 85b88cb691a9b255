import type { WorkingCalendar } from '@gotong/domain/working-days';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * The working calendar of an agency for instants from `from` to `to`: its time zone and the joint leave days decreed
 * for those years and the next (a deadline may run into it).
 */
export async function workingCalendar(em: EntityManager, timeZone: string, from: Date, to: Date = from): Promise<WorkingCalendar> {
  const rows: { date: string }[] = await em.execute(`select to_char(date, 'YYYY-MM-DD') as date from joint_leave_days where date >= ? and date < ?`, [
    `${from.getUTCFullYear()}-01-01`,
    `${to.getUTCFullYear() + 2}-01-01`,
  ]);
  return { timeZone, jointLeaveDays: new Set(rows.map((row) => row.date)) };
}
