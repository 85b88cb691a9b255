import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCitizen, startBuiltApp, type BuiltApp } from '../support/built-app.js';
import { WebClient } from '../support/web-client.js';

/** Return paths that would take the browser to another site, or that are not a valid Location header. */
const offSite = [
  '/\t/evil.example/steal',
  '/\r\n/evil.example/',
  '/\n/evil.example/',
  '/\r\nSet-Cookie: planted=1',
  '//evil.example/',
  '/\\evil.example/',
  '\\\\evil.example/',
  'https://evil.example/',
  'javascript:alert(1)',
  '/%2F%2Fevil.example/',
  '/%5Cevil.example/',
  '/%09/evil.example/',
  '/a/../..//evil.example/',
  '/%2e%2e//evil.example/',
  '/\u0000/evil.example/',
];

describe('web: redirects go only to paths on this site', () => {
  let app: BuiltApp;
  beforeAll(async () => {
    app = await startBuiltApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  function staysOnSite(location: string | null): string {
    expect(location).not.toBeNull();
    const target = new URL(location!, app.url);
    expect(target.origin).toBe(new URL(app.url).origin);
    return `${target.pathname}${target.search}`;
  }

  it('after signing in, a return path that leaves the site (or breaks the header) goes home instead', async () => {
    for (const returnTo of offSite) {
      const browser = new WebClient(app.url);
      const answer = await browser.signIn(demoCitizen, { kembali: returnTo });
      expect({ returnTo, status: answer.status }).toEqual({ returnTo, status: 302 });
      expect({ returnTo, path: staysOnSite(answer.location) }).toEqual({ returnTo, path: '/' });
      expect(browser.cookies.has('planted')).toBe(false);
    }
  });

  it('a return path on the site is kept, query and non-ASCII text included', async () => {
    const browser = new WebClient(app.url);
    const answer = await browser.signIn(demoCitizen, { kembali: '/cari?q=kartu penduduk' });
    expect(staysOnSite(answer.location)).toBe('/cari?q=kartu%20penduduk');
    // A line separator is no line break in a header: it is kept, percent-encoded (raw, it would be an invalid header).
    const encoded = await new WebClient(app.url).signIn(demoCitizen, { kembali: '/gagasan/\u2028' });
    expect(staysOnSite(encoded.location)).toBe('/gagasan/%E2%80%A8');
    const page = await new WebClient(app.url).get('/masuk?kembali=%2Fgagasan%2Fbaru');
    expect(page.body).toContain('name="kembali" value="/gagasan/baru"');
  });

  it('the sign-in page does not carry an off-site return path into its form', async () => {
    for (const returnTo of offSite) {
      const page = await new WebClient(app.url).get(`/masuk?kembali=${encodeURIComponent(returnTo)}`);
      // The header's language switch comes back to this very page; the sign-in form's field is the last one.
      const kept = [...page.body.matchAll(/name="kembali" value="([^"]*)"/g)].at(-1)?.[1];
      expect({ returnTo, status: page.status, kept }).toEqual({ returnTo, status: 200, kept: '/' });
    }
  });

  it('the language switch and the vote button return only to paths on this site', async () => {
    const browser = new WebClient(app.url);
    for (const returnTo of offSite) {
      const csrf = await browser.csrfToken('/');
      const answer = await browser.post('/bahasa', { csrf, lang: 'en', kembali: returnTo });
      expect({ returnTo, path: staysOnSite(answer.location) }).toEqual({ returnTo, path: '/' });
    }
    await browser.signIn(demoCitizen);
    const csrf = await browser.csrfToken('/gagasan');
    const ideaPath = /href="(\/gagasan\/(?!baru)[^"/?]+)"/.exec((await browser.get('/gagasan')).body)?.[1];
    expect(ideaPath).toBeDefined();
    for (const returnTo of ['/\t/evil.example/', '/\r\n/evil.example/']) {
      const answer = await browser.post(`${ideaPath}/suara`, { csrf, intent: 'vote', kembali: returnTo });
      // Back on the idea's page (with a notice when the vote was refused), not on another site.
      expect({ returnTo, path: staysOnSite(answer.location).split('?')[0] }).toEqual({ returnTo, path: ideaPath });
    }
  });
});
