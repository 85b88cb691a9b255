import { daysOff as yearDaysOff, isCalendarDate, type DayOff } from '@gotong/domain/working-days';
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type { Context } from '../../context.js';
import { idOfType } from '../../core/global-id.js';
import { UserErrorCode, UserErrorException, userError } from '../../core/user-error.js';
import { validateInput } from '../../core/validation.js';
import { recordAudit } from '../audit/index.js';
import { JointLeaveDay } from './joint-leave-day.entity.js';
import { recomputeDueDates } from './open-clocks.js';
import { authorize } from './responses.permissions.js';

const yearStart = (year: number) => `${year}-01-01`;

/** The joint leave days decreed for a year, in date order (a year has a handful). */
export function jointLeaveDaysOf(em: EntityManager, year: number): Promise<JointLeaveDay[]> {
  return em.find(JointLeaveDay, { date: { $gte: yearStart(year), $lt: yearStart(year + 1) } }, { orderBy: { date: 'asc' }, populate: ['addedBy'] });
}

/** A year's weekday days off: national holidays and the decreed joint leave days. */
export async function daysOff(em: EntityManager, year: number): Promise<DayOff[]> {
  const decreed = await jointLeaveDaysOf(em, year);
  return yearDaysOff(year, new Map(decreed.map((day) => [day.date, day.note])));
}

const addSchema = z.object({ date: z.string().refine(isCalendarDate, 'invalid'), note: z.string().trim().min(3).max(200) });

/** Platform admins add a decreed joint leave day; the open clocks it falls within are due a working day later. */
export async function addJointLeaveDay(context: Context, input: { date: string; note: string }): Promise<JointLeaveDay> {
  const admin = await authorize(context, 'manageJointLeave', {});
  const { date, note } = validateInput(addSchema, input);
  return context.em.transactional(async (em) => {
    const inserted: { id: string }[] = await em.execute(
      `insert into joint_leave_days (id, created_at, updated_at, date, note, added_by_id) values (gen_random_uuid(), now(), now(), ?, ?, ?) on conflict (date) do nothing returning id`,
      [date, note, admin.id],
    );
    if (inserted.length === 0) throw new UserErrorException(userError(UserErrorCode.TAKEN, { key: 'responses.jointLeave.refused.taken' }, 'input.date'));
    await recomputeDueDates(em, date);
    recordAudit(em, { actor: admin, action: 'responses.joint_leave.add', subjectType: 'JointLeaveDay', subjectId: inserted[0].id, note: `${date} ${note}` });
    return em.findOneOrFail(JointLeaveDay, { id: inserted[0].id }, { populate: ['addedBy'] });
  });
}

/** Platform admins remove a joint leave day (a decree changed); the open clocks it fell within are due again as counted without it. */
export async function removeJointLeaveDay(context: Context, input: { jointLeaveDayId: string }): Promise<string> {
  const admin = await authorize(context, 'manageJointLeave', {});
  const id = idOfType(input.jointLeaveDayId, 'JointLeaveDay');
  return context.em.transactional(async (em) => {
    const day = id ? await em.findOne(JointLeaveDay, { id }) : null;
    if (!day) throw new UserErrorException(userError(UserErrorCode.NOT_FOUND, { key: 'responses.jointLeave.refused.notFound' }, 'input.jointLeaveDayId'));
    await em.nativeDelete(JointLeaveDay, { id: day.id });
    await recomputeDueDates(em, day.date);
    recordAudit(em, { actor: admin, action: 'responses.joint_leave.remove', subjectType: 'JointLeaveDay', subjectId: day.id, note: day.date });
    return day.date;
  });
}
