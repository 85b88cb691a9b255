import { randomBytes } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { filledGzip, fitsGzipTemplate, gzipTemplate } from './gzip-template.js';

describe('gzip templates', () => {
  const page = (nonce: string, token: string) =>
    `<!DOCTYPE html><html lang="id"><head><script nonce="${nonce}">window.x=1</script></head><body>${'<p>Gagasan warga untuk layanan publik</p>'.repeat(300)}<input name="csrf" value="${token}"><script nonce="${nonce}">{"csrfToken":"${token}"}</script>ü €</body></html>`;

  const marked = page('⟦N⟧', '⟦T⟧');
  const template = gzipTemplate(marked.split(/⟦[NT]⟧/), marked.match(/⟦[NT]⟧/g)!.map((hole) => (hole === '⟦N⟧' ? 24 : 43)));
  const holes = (nonce: string, token: string) => marked.match(/⟦[NT]⟧/g)!.map((hole) => (hole === '⟦N⟧' ? nonce : token));

  it('decompresses to the text with each response’s own values in the holes, byte for byte', () => {
    for (let response = 0; response < 3; response += 1) {
      const nonce = randomBytes(16).toString('base64');
      const token = randomBytes(32).toString('base64url');
      expect(gunzipSync(filledGzip(template, holes(nonce, token))).toString()).toBe(page(nonce, token));
    }
  });

  it('is about as small as compressing the whole text at once', () => {
    const nonce = randomBytes(16).toString('base64');
    const token = randomBytes(32).toString('base64url');
    // A hole's value is stored as it is (the whole text's gzip may code a repeated value as a back-reference), and each
    // hole costs its stored block's header and the flush marker before it, about 30 bytes.
    const storedHoles = template.holeBytes.reduce((sum, bytes) => sum + bytes, 0);
    expect(filledGzip(template, holes(nonce, token)).length).toBeLessThan(gzipSync(page(nonce, token), { level: 9 }).length + storedHoles + 30 * template.holeBytes.length);
  });

  it('handles empty pieces, and refuses values of another number or length than its holes', () => {
    const template = gzipTemplate(['', 'a', ''], [1, 2]);
    expect(gunzipSync(filledGzip(template, ['x', 'yz'])).toString()).toBe('xayz');
    expect(fitsGzipTemplate(template, ['x'])).toBe(false);
    expect(fitsGzipTemplate(template, ['x', 'y'])).toBe(false);
    expect(() => filledGzip(template, ['xx', 'yz'])).toThrow(RangeError);
  });

  it('compresses a text that holds zero bytes piece by piece, still correctly', () => {
    const template = gzipTemplate(['a\u0000b'.repeat(50), 'a\u0000b'.repeat(50)], [3]);
    expect(gunzipSync(filledGzip(template, ['a\u0000b'])).toString()).toBe('a\u0000b'.repeat(101));
  });
});
