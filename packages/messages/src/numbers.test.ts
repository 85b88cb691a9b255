import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent, formatRupiah } from './numbers.js';

/** Intl separates a currency from its amount with a no-break space; written here as a plain one. */
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

describe('numbers and money in the page language', () => {
  it('writes rupiah as Indonesia does, and as English does, without cents', () => {
    expect(plain(formatRupiah('id', 1_250_000))).toBe('Rp 1.250.000');
    expect(plain(formatRupiah('en', 1_250_000))).toBe('IDR 1,250,000');
    expect(plain(formatRupiah('id', 150_000_000.4))).toBe('Rp 150.000.000');
    expect(plain(formatRupiah('id', 0))).toBe('Rp 0');
  });

  it('groups large numbers and fixes decimals when asked', () => {
    expect(formatNumber('id', 1_234_567)).toBe('1.234.567');
    expect(formatNumber('en', 1_234_567)).toBe('1,234,567');
    expect(formatNumber('id', 85.4167, 2)).toBe('85,42');
    expect(formatNumber('en', 85.4, 2)).toBe('85.40');
    expect(formatNumber('id', 12.5, 0)).toBe('13');
    expect(formatNumber('id', 2.25)).toBe('2,25');
    expect(formatNumber('en', 1 / 3)).toBe('0.333');
  });

  it('writes shares as percentages', () => {
    expect(formatPercent('id', 1 / 3)).toBe('33,3%');
    expect(formatPercent('en', 0.5)).toBe('50.0%');
    expect(formatPercent('en', 0.256, 0)).toBe('26%');
  });
});
