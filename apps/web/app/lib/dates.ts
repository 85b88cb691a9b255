import { defaultTimeZone, endOfDayInZone, instantInZone, timeZoneAbbreviations, timeZoneOr, type TimeZone } from '@gotong/domain';
import { useLocale } from './i18n';

/** Every date and time the web shows or reads goes through here: in the zone of the organisation it belongs to. */

const intlLocale = (locale: string) => (locale === 'id' ? 'id-ID' : 'en-GB');

/** "10 Desember 2026, 09.00 WITA": a moment in a zone, with the zone's Indonesian name (Intl would say "GMT+8"). */
export function useFormatDateTime(): (iso: string, zone: string | null | undefined) => string {
  const locale = useLocale();
  return (iso, zone) => {
    const timeZone = timeZoneOr(zone);
    const text = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeStyle: 'short', timeZone }).format(new Date(iso));
    return `${text} ${timeZoneAbbreviations[timeZone]}`;
  };
}

/** The day of a moment in a zone (WIB for what belongs to no organisation), e.g. "28 November 2026". */
export function formatDay(locale: string, iso: string, zone: string | null | undefined = defaultTimeZone): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeZone: timeZoneOr(zone) }).format(new Date(iso));
}

export function zoneAbbreviation(zone: string | null | undefined): string {
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
