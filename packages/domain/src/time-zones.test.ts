import { describe, expect, it } from 'vitest';
import { calendarDayInZone, endOfDayInZone, instantInZone, localDateTimeInZone, timeZoneOr } from './time-zones.js';

describe('time zones', () => {
  it('reads a wall-clock time in WIB, WITA and WIT as the instants 7, 8 and 9 hours before UTC', () => {
    expect(instantInZone('2026-12-10T09:00', 'Asia/Jakarta')?.toISOString()).toBe('2026-12-10T02:00:00.000Z');
    expect(instantInZone('2026-12-10T09:00', 'Asia/Makassar')?.toISOString()).toBe('2026-12-10T01:00:00.000Z');
    expect(instantInZone('2026-12-10T09:00', 'Asia/Jayapura')?.toISOString()).toBe('2026-12-10T00:00:00.000Z');
    expect(instantInZone('2026-12-10', 'Asia/Jayapura')?.toISOString()).toBe('2026-12-09T15:00:00.000Z');
  });

  it('refuses what is not a time or a day that does not exist', () => {
    for (const text of ['', 'besok', '2026-02-30', '2026-13-01T10:00', '2026-12-10T24:00', '10/12/2026']) expect(instantInZone(text, 'Asia/Jakarta')).toBeNull();
  });

  it('shows an instant as the wall clock and the day of each zone', () => {
    const instant = '2026-12-31T16:30:00.000Z';
    expect(localDateTimeInZone(instant, 'Asia/Jakarta')).toBe('2026-12-31T23:30');
    expect(localDateTimeInZone(instant, 'Asia/Makassar')).toBe('2027-01-01T00:30');
    expect(calendarDayInZone(instant, 'Asia/Jakarta')).toBe('2026-12-31');
    expect(calendarDayInZone(instant, 'Asia/Jayapura')).toBe('2027-01-01');
  });

  it('ends a day at the next midnight of its zone, and falls back to WIB for an unknown zone', () => {
    expect(endOfDayInZone('2026-12-10', 'Asia/Makassar')?.toISOString()).toBe('2026-12-10T16:00:00.000Z');
    expect(endOfDayInZone('2026-12-31', 'Asia/Jayapura')?.toISOString()).toBe('2026-12-31T15:00:00.000Z');
    expect(timeZoneOr('Europe/Paris')).toBe('Asia/Jakarta');
    expect(timeZoneOr(null)).toBe('Asia/Jakarta');
    expect(timeZoneOr('Asia/Jayapura')).toBe('Asia/Jayapura');
  });
});
