import { workingDaysLate, type WorkingCalendar } from '@gotong/domain/working-days';
import DataLoader from 'dataloader';
import type { Context } from '../../context.js';
import { now } from '../../core/clock.js';
import type { Organization } from '../organizations/index.js';
import { OfficialReply } from './official-reply.entity.js';
import { ResponseClock, responseSteps } from './response-clock.entity.js';

export type ClockStatus = 'RUNNING' | 'OVERDUE' | 'MET' | 'MET_LATE';
export type ClockView = Pick<ResponseClock, 'step' | 'startedAt' | 'dueAt' | 'metAt' | 'workingDaysAllowed' | 'workingDaysTaken' | 'fieldCheck' | 'fieldCheckNote'> & {
  status: ClockStatus;
  workingDaysLate: number;
};

/** The clocks of a page of ideas, in step order. */
export function clocksLoader(context: Context) {
  return context.sharedLoader('responses.clocks', () => new DataLoader<string, ResponseClock[]>(async (ideaIds) => {
    const clocks = await context.em.find(ResponseClock, { idea: { $in: [...ideaIds] } }, { populate: ['agency'] });
    const order = (clock: ResponseClock) => responseSteps.indexOf(clock.step);
    return ideaIds.map((id) => clocks.filter((clock) => clock.idea.id === id).sort((left, right) => order(left) - order(right)));
  }));
}

/** The joint leave days of each year asked for, batched across an operation. */
function jointLeaveLoader(context: Context) {
  return context.sharedLoader('responses.jointLeave', () => new DataLoader<number, string[]>(async (years) => {
    const rows: { date: string }[] = await context.em.execute(`select to_char(date, 'YYYY-MM-DD') as date from joint_leave_days where extract(year from date) in (${years.map(() => '?').join(', ')})`, [...years]);
    return years.map((year) => rows.map((row) => row.date).filter((date) => date.startsWith(`${year}-`)));
  }));
}

async function calendarFor(context: Context, agency: Organization, from: Date, to: Date): Promise<WorkingCalendar> {
  const years = Array.from({ length: to.getUTCFullYear() - from.getUTCFullYear() + 2 }, (_, index) => from.getUTCFullYear() + index);
  const days = await jointLeaveLoader(context).loadMany(years);
  return { timeZone: agency.timeZone, jointLeaveDays: new Set(days.flatMap((list) => (Array.isArray(list) ? list : []))) };
}

/** A clock as the public sees it now: running, overdue, met on time or late, and by how many working days. */
export async function viewOf(context: Context, clock: ResponseClock): Promise<ClockView> {
  const at = now();
  const end = clock.metAt ?? at;
  const late = end.getTime() >= clock.dueAt.getTime();
  const status: ClockStatus = clock.metAt ? (late ? 'MET_LATE' : 'MET') : late ? 'OVERDUE' : 'RUNNING';
  const workingDaysLateBy = late ? workingDaysLate(clock.dueAt, end, await calendarFor(context, clock.agency, clock.startedAt, end)) : 0;
  const { step, startedAt, dueAt, metAt, workingDaysAllowed, workingDaysTaken, fieldCheck, fieldCheckNote } = clock;
  return { step, startedAt, dueAt, metAt, workingDaysAllowed, workingDaysTaken, fieldCheck, fieldCheckNote, status, workingDaysLate: workingDaysLateBy };
}

/** By comment id, the agency whose official reply it is. */
export function officialReplyOfLoader(context: Context) {
  return context.sharedLoader('responses.officialReplyOf', () => new DataLoader<string, Organization | null>(async (commentIds) => {
    const replies = await context.em.find(OfficialReply, { comment: { $in: [...commentIds] } }, { populate: ['agency'] });
    const byComment = new Map(replies.map((reply) => [reply.comment.id, reply.agency]));
    return commentIds.map((id) => byComment.get(id) ?? null);
  }));
}
