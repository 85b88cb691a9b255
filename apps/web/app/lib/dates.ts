import { defaultTimeZone, endOfDayInZone, instantInZone, timeZoneAbbreviations, timeZoneOr, type TimeZone } from '@gotong/domain';
import { useLocale } from './i18n';

/** Every date and time the web shows or reads goes through here: in the zone of the organisation it belongs to. */

const intlLocale = (locale: string) => (locale === 'id' ? 'id-ID' : 'en-GB');

/** Building an Intl.DateTimeFormat costs more than formatting with it (a feed page formats dozens of dates): one each. */
const formats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: string, options: Intl.DateTimeFormatOptions & { timeZone: string }): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(locale), options);
    formats.set(key, format);
  }
  return format;
}

/**
 * Intl's spacing differs between ICU versions (Node puts thin spaces around a range's dash, Chromium plain ones), so a
 * page rendered on the server would not match its hydration in the browser: every shown date uses plain spaces.
 */
const plainSpaces = (text: string) => text.replace(/[\u00a0\u2000-\u200a\u202f\u205f]/g, ' ');

/** "10 Desember 2026 pukul 09.00 WITA": a moment in a zone, with the zone's Indonesian name (Intl would say "GMT+8"). */
export function formatDateTime(locale: string, iso: string, zone: string | null | undefined): string {
  const timeZone = timeZoneOr(zone);
  return `${plainSpaces(dateFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone }).format(new Date(iso)))} ${timeZoneAbbreviations[timeZone]}`;
}

export function useFormatDateTime(): (iso: string, zone: string | null | undefined) => string {
  const locale = useLocale();
  return (iso, zone) => formatDateTime(locale, iso, zone);
}

/** "Kam, 10 Des 2026 09.00–12.30 WITA": a session from start to end in a zone. */
export function formatTimeRange(locale: string, startIso: string, endIso: string, zone: string | null | undefined): string {
  const timeZone = timeZoneOr(zone);
  const format = dateFormat(locale, { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone });
  return `${plainSpaces(format.formatRange(new Date(startIso), new Date(endIso)))} ${timeZoneAbbreviations[timeZone]}`;
}

export function useFormatTimeRange(): (startIso: string, endIso: string, zone: string | null | undefined) => string {
  const locale = useLocale();
  return (startIso, endIso, zone) => formatTimeRange(locale, startIso, endIso, zone);
}

/** The day of a moment in a zone (WIB for what belongs to no organisation), e.g. "28 November 2026". */
export function formatDay(locale: string, iso: string, zone: string | null | undefined = defaultTimeZone): string {
  return plainSpaces(dateFormat(locale, { dateStyle: 'long', timeZone: timeZoneOr(zone) }).format(new Date(iso)));
}

/** A calendar month given as YYYY-MM, e.g. "Maret 2026" (a month of the statistics, which are in WIB). */
export function formatMonth(locale: string, month: string): string {
  const [year, number] = month.split('-').map(Number);
  return plainSpaces(new Intl.DateTimeFormat(intlLocale(locale), { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year!, number! - 1, 15))));
}

export function zoneAbbreviation(zone: string | null | undefined): (typeof timeZoneAbbreviations)[TimeZone] {
  return timeZoneAbbreviations[timeZoneOr(zone)];
}

/** A period filter's days ("dari", "sampai", both inclusive) as the API's instants, read in `zone`. */
export function periodOf(search: URLSearchParams, zone: TimeZone = defaultTimeZone): { since?: string; until?: string } {
  const from = search.get('dari');
  const to = search.get('sampai');
  return {
    since: from ? (instantInZone(from, zone)?.toISOString() ?? undefined) : undefined,
    until: to ? (endOfDayInZone(to, zone)?.toISOString() ?? undefined) : undefined,
  };
}
