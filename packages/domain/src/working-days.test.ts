import { describe, expect, it } from 'vitest';
import { addWorkingDays, daysOff, isCalendarDate, workingDaysBetween, workingDaysLate, type WorkingCalendar } from './working-days.js';

const jakarta: WorkingCalendar = { timeZone: 'Asia/Jakarta', jointLeaveDays: new Set() };
const jayapura: WorkingCalendar = { timeZone: 'Asia/Jayapura', jointLeaveDays: new Set() };
/** The midnight ending a calendar day in WIB (UTC+7). */
const deadlineWib = (day: string) => new Date(new Date(`${day}T00:00:00+07:00`).getTime() + 24 * 60 * 60 * 1000);

describe('working days', () => {
  it('skips the weekend: posted on Wednesday 2 December 2026, three working days end on Monday the 7th', () => {
    const posted = new Date('2026-12-02T10:00:00+07:00');
    expect(addWorkingDays(posted, 3, jakarta)).toEqual(deadlineWib('2026-12-07'));
    expect(addWorkingDays(posted, 3, jakarta).toISOString()).toBe('2026-12-07T17:00:00.000Z');
    expect(workingDaysBetween(posted, new Date('2026-12-05T09:00:00+07:00'), jakarta)).toBe(2);
    expect(workingDaysBetween(posted, new Date('2026-12-07T16:00:00+07:00'), jakarta)).toBe(3);
    expect(workingDaysBetween(posted, new Date('2026-12-02T23:00:00+07:00'), jakarta)).toBe(0);
  });

  it('skips national holidays: 17 August 2026 (a Monday) and Nyepi with Idul Fitri in March 2026', () => {
    expect(addWorkingDays(new Date('2026-08-13T09:00:00+07:00'), 3, jakarta)).toEqual(deadlineWib('2026-08-19'));
    // Nyepi on Thursday the 19th, Idul Fitri on Friday the 20th and Saturday the 21st.
    expect(addWorkingDays(new Date('2026-03-18T09:00:00+07:00'), 1, jakarta)).toEqual(deadlineWib('2026-03-23'));
  });

  it('skips the decreed joint leave days around Idul Fitri', () => {
    const decreed: WorkingCalendar = { timeZone: 'Asia/Jakarta', jointLeaveDays: new Set(['2026-03-23', '2026-03-24']) };
    expect(addWorkingDays(new Date('2026-03-18T09:00:00+07:00'), 1, decreed)).toEqual(deadlineWib('2026-03-25'));
    expect(workingDaysBetween(new Date('2026-03-18T09:00:00+07:00'), new Date('2026-03-25T12:00:00+07:00'), decreed)).toBe(1);
  });

  it('runs across the year end: Christmas, New Year and 5 January 2027 skipped', () => {
    const posted = new Date('2026-12-23T15:00:00+07:00');
    expect(addWorkingDays(posted, 5, jakarta)).toEqual(deadlineWib('2026-12-31'));
    expect(addWorkingDays(posted, 7, jakarta)).toEqual(deadlineWib('2027-01-06'));
  });

  it('counts a problem posted on a Friday evening in Jayapura (WIT) from Monday, in WIT', () => {
    const fridayEvening = new Date('2026-12-04T19:30:00+09:00');
    expect(addWorkingDays(fridayEvening, 1, jayapura).toISOString()).toBe('2026-12-07T15:00:00.000Z');
    // Thursday 21:00 in UTC is already Friday 06:00 in WIT: the day of posting is Friday there, so Monday is the first day.
    const thursdayInUtc = new Date('2026-12-03T21:00:00Z');
    expect(addWorkingDays(thursdayInUtc, 1, jayapura).toISOString()).toBe('2026-12-07T15:00:00.000Z');
    expect(addWorkingDays(thursdayInUtc, 1, { timeZone: 'UTC', jointLeaveDays: new Set() }).toISOString()).toBe('2026-12-05T00:00:00.000Z');
  });

  it('says how many working days late something came, at least one when after the deadline', () => {
    const due = deadlineWib('2026-12-04');
    expect(workingDaysLate(due, new Date('2026-12-04T23:00:00+07:00'), jakarta)).toBe(0);
    expect(workingDaysLate(due, new Date('2026-12-05T10:00:00+07:00'), jakarta)).toBe(1);
    expect(workingDaysLate(due, new Date('2026-12-07T10:00:00+07:00'), jakarta)).toBe(1);
    expect(workingDaysLate(due, new Date('2026-12-09T10:00:00+07:00'), jakarta)).toBe(3);
  });

  it("lists a year's weekday days off, national and decreed", () => {
    const days = daysOff(2026, new Map([['2026-03-23', 'Cuti bersama Idul Fitri'], ['2026-03-22', 'a Sunday']]));
    expect(days.find((day) => day.date === '2026-08-17')).toMatchObject({ kind: 'NATIONAL_HOLIDAY' });
    expect(days.find((day) => day.date === '2026-03-23')).toEqual({ date: '2026-03-23', name: 'Cuti bersama Idul Fitri', kind: 'JOINT_LEAVE' });
    expect(days.map((day) => day.date)).not.toContain('2026-03-21');
    expect(days.map((day) => day.date)).not.toContain('2026-03-22');
    expect(days.map((day) => day.date)).toEqual([...days.map((day) => day.date)].sort());
  });

  it('knows a calendar date', () => {
    expect(isCalendarDate('2026-02-28')).toBe(true);
    expect(isCalendarDate('2026-02-30')).toBe(false);
    expect(isCalendarDate('26-02-01')).toBe(false);
  });
});
