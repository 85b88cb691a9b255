import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBuiltApp, type BuiltApp } from '../support/built-app.js';

/** Pages fed a NUL or a damaged cursor in their address answer 400 with a page saying what to fix (finding 9). */
describe('security: bad input in a page address is the visitor’s to fix, never a 500', () => {
  let app: BuiltApp;
  beforeAll(async () => {
    app = await startBuiltApp();
  });
  afterAll(() => app?.close());

  async function page(path: string) {
    const response = await fetch(`${app.url}${path}`);
    return { status: response.status, text: await response.text() };
  }

  it('answers 400 for a NUL in the search words and for junk cursors, and keeps working for good ones', async () => {
    const ideas = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ ideas(first: 1) { edges { node { id } } } }' }) });
    const ideaId = ((await ideas.json()) as { data: { ideas: { edges: { node: { id: string } }[] } } }).data.ideas.edges[0].node.id;
    for (const path of ['/cari?q=%00', '/cari?q=ktp%00ktp', '/cari?q=ktp&setelah=rusak!', `/gagasan/${ideaId}?komentar=rusak!`, '/gagasan?setelah=W3siZGF0ZSI6Im5vIn0sIngiXQ']) {
      const answer = await page(path);
      expect({ path, status: answer.status }).toEqual({ path, status: 400 });
      expect(answer.text).toContain('Permintaan tidak dapat dipakai');
    }
    expect((await page('/cari?q=ktp')).status).toBe(200);
    expect((await page(`/gagasan/${ideaId}`)).status).toBe(200);
    expect(app.output()).not.toMatch(/"level":50/);
  });
});
