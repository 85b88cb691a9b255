import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBuiltApp, type BuiltApp } from '../support/built-app.js';
import { WebClient } from '../support/web-client.js';

/** Pages with a form action (some take any id: the body is refused before the id is looked up, or the visitor is sent to sign in). */
const actionPaths = ['/masuk', '/daftar', '/bahasa', '/keluar', '/gagasan/baru', '/forum/baru', '/organisasi/baru', '/profil', '/notifikasi', '/gagasan/x', '/gagasan/x/suara', '/survei/x', '/pelatihan', '/moderasi'];

describe('web: a form action given a body that is not a form', () => {
  let app: BuiltApp;
  beforeAll(async () => {
    app = await startBuiltApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  async function send(path: string, contentType: string | null, body: string) {
    const browser = new WebClient(app.url);
    await browser.csrfToken('/masuk');
    return browser.request(path, { method: 'POST', headers: { origin: browser.origin, 'content-type': contentType ?? '' }, body: new TextEncoder().encode(body) });
  }

  it('JSON, text, no content type: 415 with a page that says to send the form from its page', async () => {
    for (const [contentType, body] of [
      ['application/json', JSON.stringify({ email: 'siti@warga.id', password: 'x' })],
      ['text/plain', 'email=siti@warga.id'],
      [null, 'email=siti@warga.id'],
      ['application/xml', '<login/>'],
    ] as const) {
      const answer = await send('/masuk', contentType, body);
      expect({ contentType, status: answer.status }).toEqual({ contentType, status: 415 });
      expect(answer.body).toContain('Bukan isian formulir');
    }
  });

  it('broken multipart (no boundary, wrong boundary, cut short): 400 with a page that says the form could not be read', async () => {
    const cutShort = '--xyz\r\nContent-Disposition: form-data; name="email"\r\n\r\nsiti@warga.id';
    for (const [contentType, body] of [
      ['multipart/form-data', cutShort],
      ['multipart/form-data; boundary=abc', cutShort],
      ['multipart/form-data; boundary=xyz', cutShort],
    ] as const) {
      const answer = await send('/masuk', contentType, body);
      expect({ contentType, status: answer.status }).toEqual({ contentType, status: 400 });
      expect(answer.body).toContain('Formulir tidak terbaca');
    }
  });

  it('no action answers a JSON body with a 5xx, and nothing is logged as an error', async () => {
    for (const path of actionPaths) {
      const answer = await send(path, 'application/json', '{"csrf":"x"}');
      expect({ path, serverError: answer.status >= 500 }).toEqual({ path, serverError: false });
      expect({ path, accepted: answer.status === 200 }).toEqual({ path, accepted: false });
    }
    expect(app.output()).not.toMatch(/\n\s+at /);
  });
});
