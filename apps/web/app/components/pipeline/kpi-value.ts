/** A KPI's number in the page's language with its unit, if it has one ("50 menit", "8 %", "40"). */
export function kpiValue(value: number, unit: string, locale: string): string {
  const number = value.toLocaleString(locale);
  return unit ? `${number} ${unit}` : number;
}
