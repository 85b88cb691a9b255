import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './render-markdown.js';

describe('renderMarkdown', () => {
  it('renders markdown and marks links as user content', () => {
    const html = renderMarkdown('**Antrean** di [Disdukcapil](https://disdukcapil.bandung.go.id) terlalu panjang');
    expect(html).toBe(
      '<p><strong>Antrean</strong> di <a href="https://disdukcapil.bandung.go.id" rel="nofollow ugc noopener">Disdukcapil</a> terlalu panjang</p>',
    );
  });

  it('never lets a script, an event handler or a javascript: link through', () => {
    const html = renderMarkdown('<script>alert(1)</script> <img src=x onerror="alert(2)"> [klik](javascript:alert(3)) <a href="https://x.id" onclick="alert(4)">a</a>');
    expect(html).not.toMatch(/<script|<img|<a[^>]*\son\w+=|href="javascript:/i);
    expect(html).toContain('<a href="https://x.id" rel="nofollow ugc noopener">a</a>');
    expect(html).toContain('&lt;script&gt;');
  });
});
