import { TZDate } from '@date-fns/tz';
import Holidays from 'date-holidays';

/**
 * Where working days are counted: the agency's IANA time zone (its calendar days) and the joint leave days (cuti
 * bersama) decreed for the years concerned, as ISO dates ("2026-03-23"). National holidays come from date-holidays.
 */
export type WorkingCalendar = { timeZone: string; jointLeaveDays: ReadonlySet<string> };

export type DayOff = { date: string; name: string; kind: 'WEEKEND' | 'NATIONAL_HOLIDAY' | 'JOINT_LEAVE' };

const indonesia = new Holidays('ID', { types: ['public'] });
const holidaysByYear = new Map<number, Map<string, string>>();

/** Indonesia's national public holidays of a year (date → name), as the library knows them; several may share a day. */
export function nationalHolidays(year: number): ReadonlyMap<string, string> {
  let holidays = holidaysByYear.get(year);
  if (!holidays) {
    holidays = new Map();
    for (const holiday of indonesia.getHolidays(year)) {
      const date = holiday.date.slice(0, 10);
      holidays.set(date, holidays.has(date) ? `${holidays.get(date)} / ${holiday.name}` : holiday.name);
    }
    holidaysByYear.set(year, holidays);
  }
  return holidays;
}

const dayMs = 24 * 60 * 60 * 1000;
const isoDay = (utcMidnight: number) => new Date(utcMidnight).toISOString().slice(0, 10);
const utcMidnightOf = (day: string) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));

/** The calendar day ("2026-03-20") of an instant in a zone. */
export function dayInZone(instant: Date, timeZone: string): string {
  const zoned = new TZDate(instant.getTime(), timeZone);
  return isoDay(Date.UTC(zoned.getFullYear(), zoned.getMonth(), zoned.getDate()));
}

function isWeekend(day: string): boolean {
  const weekday = new Date(utcMidnightOf(day)).getUTCDay();
  return weekday === 0 || weekday === 6;
}

export function isWorkingDay(day: string, calendar: WorkingCalendar): boolean {
  return !isWeekend(day) && !nationalHolidays(Number(day.slice(0, 4))).has(day) && !calendar.jointLeaveDays.has(day);
}

/** The first instant after a calendar day in a zone (its midnight at the end). */
function endOfDay(day: string, timeZone: string): Date {
  const next = new Date(utcMidnightOf(day) + dayMs);
  return new Date(new TZDate(next.getUTCFullYear(), next.getUTCMonth(), next.getUTCDate(), 0, 0, timeZone).getTime());
}

/**
 * The deadline of something due within `days` working days of `start`: the end of the Nth working day after the
 * calendar day of `start` in the zone (the day of posting itself never counts, so a problem posted on a Friday evening
 * counts from Monday).
 */
export function addWorkingDays(start: Date, days: number, calendar: WorkingCalendar): Date {
  let day = utcMidnightOf(dayInZone(start, calendar.timeZone));
  for (let counted = 0; counted < days; ) {
    day += dayMs;
    if (isWorkingDay(isoDay(day), calendar)) counted += 1;
  }
  return endOfDay(isoDay(day), calendar.timeZone);
}

/** The working days after the calendar day of `start` up to and including that of `end` (0 when on the same day or before). */
export function workingDaysBetween(start: Date, end: Date, calendar: WorkingCalendar): number {
  const last = utcMidnightOf(dayInZone(end, calendar.timeZone));
  let count = 0;
  for (let day = utcMidnightOf(dayInZone(start, calendar.timeZone)) + dayMs; day <= last; day += dayMs) if (isWorkingDay(isoDay(day), calendar)) count += 1;
  return count;
}

/**
 * How many working days past its deadline something came (0 when on time): the working days from the deadline's day
 * through the day it came, at least 1, since coming on a day off after the deadline is still late.
 */
export function workingDaysLate(dueAt: Date, at: Date, calendar: WorkingCalendar): number {
  if (at.getTime() < dueAt.getTime()) return 0;
  return Math.max(1, workingDaysBetween(new Date(dueAt.getTime() - 1), at, calendar));
}

/** A year's days off on weekdays, in date order: national holidays and the decreed joint leave days (`jointLeave`: date → note). */
export function daysOff(year: number, jointLeave: ReadonlyMap<string, string>): DayOff[] {
  const days = new Map<string, DayOff>();
  for (const [date, name] of nationalHolidays(year)) if (!isWeekend(date)) days.set(date, { date, name, kind: 'NATIONAL_HOLIDAY' });
  for (const [date, name] of jointLeave) if (date.startsWith(`${year}-`) && !days.has(date) && !isWeekend(date)) days.set(date, { date, name, kind: 'JOINT_LEAVE' });
  return [...days.values()].sort((left, right) => left.date.localeCompare(right.date));
}

/** An ISO calendar date that exists ("2026-02-30" does not). */
export function isCalendarDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && isoDay(utcMidnightOf(text)) === text;
}
