import { IntlMessageFormat } from 'intl-messageformat';
import type { Locale } from './define.js';
import { intlLocales } from './format.js';

/**
 * Numbers and money as the page's language writes them, through the same ICU number formatting as the catalogue's
 * messages (`{count, number}`, `#` in a plural): "1.250.000" and "Rp 1.250.000" in Indonesian, "1,250,000" and
 * "IDR 1,250,000" in English. Every amount and large number a page shows goes through here.
 */

/** Parsing an ICU message costs more than formatting with it: one per locale and skeleton. */
const compiled = new Map<string, IntlMessageFormat>();

function formatWith(locale: Locale, skeleton: string, value: number): string {
  const key = `${locale} ${skeleton}`;
  let format = compiled.get(key);
  if (!format) {
    format = new IntlMessageFormat(`{value, number, ${skeleton}}`, intlLocales[locale]);
    compiled.set(key, format);
  }
  return String(format.format({ value }));
}

/** A number with its digits grouped; `decimals` fixes the decimals shown ("85,42"), else up to three as needed. */
export function formatNumber(locale: Locale, value: number, decimals?: number): string {
  return formatWith(locale, decimals === undefined ? '::.###' : decimals === 0 ? '::precision-integer' : `::.${'0'.repeat(decimals)}`, value);
}

/** A share (0..1) as a percentage ("33,3%" in Indonesian), one decimal unless told. */
export function formatPercent(locale: Locale, share: number, decimals = 1): string {
  return formatWith(locale, decimals === 0 ? '::percent precision-integer' : `::percent .${'0'.repeat(decimals)}`, share);
}

/** Rupiah without cents, as each language writes them: "Rp 1.250.000", "IDR 1,250,000". */
export function formatRupiah(locale: Locale, amount: number): string {
  return formatWith(locale, '::currency/IDR precision-integer', amount);
}
