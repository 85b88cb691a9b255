import { formatNumber, formatPercent } from '@gotong/messages/format';
import { useLocale } from '~/lib/i18n';

/** Numbers as the person's language writes them (88,31 in Indonesian), with a fixed number of decimals. */
export function useFormatNumber(): (value: number, decimals: number) => string {
  const locale = useLocale();
  return (value, decimals) => formatNumber(locale, value, decimals);
}

/** A share (0..1) as a percentage with one decimal, as the person's language writes it (33,3% in Indonesian). */
export function useFormatPercent(): (share: number) => string {
  const locale = useLocale();
  return (share) => formatPercent(locale, share);
}
