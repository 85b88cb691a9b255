import { formatNumber, type Locale } from '@gotong/messages/format';

/** A KPI's number in the page's language with its unit, if it has one ("50 menit", "8 %", "1.250"). */
export function kpiValue(value: number, unit: string, locale: Locale): string {
  const number = formatNumber(locale, value);
  return unit ? `${number} ${unit}` : number;
}
