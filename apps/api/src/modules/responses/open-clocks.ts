import { addWorkingDays, workingDaysBetween } from '@gotong/domain/working-days';
import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import type { Organization } from '../organizations/index.js';
import { responseSteps, type ResponseStep } from './response-clock.entity.js';
import { daysFor, responseDurationsOf } from './response-durations.js';
import { workingCalendar } from './working-calendar.js';

/** Starts the three clocks of a problem addressed to an agency, with the agency's durations (once: a repeat does nothing). */
export async function startClocks(em: EntityManager, ideaId: string, agency: Organization, startedAt: Date): Promise<number> {
  const durations = await responseDurationsOf(em, agency.id);
  const calendar = await workingCalendar(em, agency.timeZone, startedAt);
  const rows = responseSteps.map((step) => {
    const allowed = daysFor(durations, step);
    return [randomUUID(), startedAt, startedAt, ideaId, agency.id, step, startedAt, allowed, addWorkingDays(startedAt, allowed, calendar)];
  });
  const inserted: unknown[] = await em.execute(
    `insert into response_clocks (id, created_at, updated_at, idea_id, agency_id, step, started_at, working_days_allowed, due_at)
     values ${rows.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ')} on conflict (idea_id, step) do nothing returning id`,
    rows.flat(),
  );
  return inserted.length;
}

type OpenClock = { id: string; step: ResponseStep; started_at: Date; time_zone: string };

/** Stops an idea's open clocks of these steps at `at`, counting the working days each took; returns the steps stopped. */
export async function stopClocks(em: EntityManager, ideaId: string, steps: readonly ResponseStep[], at: Date): Promise<ResponseStep[]> {
  if (steps.length === 0) return [];
  const open: OpenClock[] = await em.execute(
    `select c.id, c.step, c.started_at, o.time_zone from response_clocks c join organizations o on o.id = c.agency_id
     where c.idea_id = ? and c.met_at is null and c.step in (${steps.map(() => '?').join(', ')}) for update of c`,
    [ideaId, ...steps],
  );
  if (open.length === 0) return [];
  const calendar = await workingCalendar(em, open[0].time_zone, new Date(open[0].started_at), at);
  for (const clock of open) {
    await em.execute('update response_clocks set met_at = ?, working_days_taken = ?, updated_at = ? where id = ?', [at, workingDaysBetween(new Date(clock.started_at), at, calendar), at, clock.id]);
  }
  return open.map((clock) => clock.step);
}

/** Due dates of the open clocks whose span holds `date` again from their start and allowance (a joint leave day was added or removed). */
export async function recomputeDueDates(em: EntityManager, date: string): Promise<number> {
  const open: { id: string; started_at: Date; working_days_allowed: number; time_zone: string }[] = await em.execute(
    `select c.id, c.started_at, c.working_days_allowed, o.time_zone from response_clocks c join organizations o on o.id = c.agency_id
     where c.met_at is null and c.started_at < (?::date + 2) and c.due_at > (?::date - 1)`,
    [date, date],
  );
  const calendars = new Map<string, Awaited<ReturnType<typeof workingCalendar>>>();
  for (const clock of open) {
    const startedAt = new Date(clock.started_at);
    const key = `${clock.time_zone}:${startedAt.getUTCFullYear()}`;
    if (!calendars.has(key)) calendars.set(key, await workingCalendar(em, clock.time_zone, startedAt));
    const calendar = calendars.get(key)!;
    await em.execute('update response_clocks set due_at = ?, updated_at = ? where id = ?', [addWorkingDays(startedAt, clock.working_days_allowed, calendar), new Date(), clock.id]);
  }
  return open.length;
}
