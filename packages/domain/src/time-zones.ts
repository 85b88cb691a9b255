import { TZDate } from '@date-fns/tz';
import { z } from 'zod';

/** Indonesia's three time zones, west to east. An organisation has one; its dates are shown and entered in it. */
export const timeZones = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const;
export type TimeZone = (typeof timeZones)[number];

/** For what belongs to no organisation (the platform's own logs): western Indonesia, where most people live. */
export const defaultTimeZone: TimeZone = 'Asia/Jakarta';

/** The names Indonesians use: Waktu Indonesia Barat, Tengah, Timur. */
export const timeZoneAbbreviations: Record<TimeZone, 'WIB' | 'WITA' | 'WIT'> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

export const timeZoneSchema = z.enum(timeZones, { message: 'invalid' });

export function isTimeZone(value: unknown): value is TimeZone {
  return typeof value === 'string' && (timeZones as readonly string[]).includes(value);
}

/** A zone from data that may predate zones or be unknown: the default then. */
export function timeZoneOr(value: string | null | undefined): TimeZone {
  return isTimeZone(value) ? value : defaultTimeZone;
}

const localDateTimePattern = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;

/**
 * The instant of a wall-clock time in a zone: "2026-12-10T09:00" in Asia/Makassar is 01:00 UTC. A bare date means its
 * midnight. Null for text that is not such a time or a date that does not exist (2026-02-30).
 */
export function instantInZone(local: string, zone: TimeZone): Date | null {
  const match = localDateTimePattern.exec(local.trim());
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map((part) => (part === undefined ? 0 : Number(part)));
  if (hour > 23 || minute > 59) return null;
  const zoned = new TZDate(year, month - 1, day, hour, minute, zone);
  if (zoned.getFullYear() !== year || zoned.getMonth() !== month - 1 || zoned.getDate() !== day) return null;
  return new Date(zoned.getTime());
}

/** The first instant after the given day in a zone (for "until the end of this day"). */
export function endOfDayInZone(day: string, zone: TimeZone): Date | null {
  const start = instantInZone(day.slice(0, 10), zone);
  if (!start) return null;
  const zoned = new TZDate(start.getTime(), zone);
  return new Date(new TZDate(zoned.getFullYear(), zoned.getMonth(), zoned.getDate() + 1, 0, 0, zone).getTime());
}

const pad = (value: number) => String(value).padStart(2, '0');

/** The wall-clock time of an instant in a zone, as a form's datetime-local value: "2026-12-10T09:00". */
export function localDateTimeInZone(instant: Date | string, zone: TimeZone): string {
  const zoned = new TZDate(new Date(instant).getTime(), zone);
  return `${zoned.getFullYear()}-${pad(zoned.getMonth() + 1)}-${pad(zoned.getDate())}T${pad(zoned.getHours())}:${pad(zoned.getMinutes())}`;
}

/** The calendar day of an instant in a zone: "2026-12-10". */
export function calendarDayInZone(instant: Date | string, zone: TimeZone): string {
  return localDateTimeInZone(instant, zone).slice(0, 10);
}
