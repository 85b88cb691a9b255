import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCitizen, startBuiltApp, type BuiltApp } from '../support/built-app.js';
import { WebClient } from '../support/web-client.js';

describe('web: CSRF tokens bound to the session, and form posts only from this site', () => {
  let app: BuiltApp;
  beforeAll(async () => {
    app = await startBuiltApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  async function signedInVictim() {
    const victim = new WebClient(app.url);
    expect((await victim.signIn(demoCitizen)).status).toBe(302);
    return victim;
  }

  const rename = (csrf: string, displayName: string) => ({ csrf, displayName, bio: '', locale: 'id' });

  async function displayNameOf(browser: WebClient): Promise<string | undefined> {
    return /name="displayName"[^>]*value="([^"]*)"/.exec((await browser.get('/profil')).body)?.[1];
  }

  it('an attacker who plants their own pre-session cookie and its token cannot post as the signed-in victim', async () => {
    const attacker = new WebClient(app.url);
    const attackerToken = await attacker.csrfToken('/masuk');
    const victim = await signedInVictim();
    victim.cookies.set('gotong_csrf', attacker.cookies.get('gotong_csrf')!);
    for (const origin of ['', victim.origin]) {
      const answer = await victim.post('/profil', rename(attackerToken, 'Dibajak'), { origin });
      expect({ origin, status: answer.status }).toEqual({ origin, status: 403 });
      expect(answer.body).toContain('Formulir kedaluwarsa');
    }
    expect(await displayNameOf(victim)).not.toBe('Dibajak');
  });

  it('a token from before signing in, or from another session, is refused', async () => {
    const browser = new WebClient(app.url);
    const signedOutToken = await browser.csrfToken('/masuk');
    await browser.signIn(demoCitizen);
    expect((await browser.post('/profil', rename(signedOutToken, 'Lama'))).status).toBe(403);
    const other = await signedInVictim();
    const otherToken = await other.csrfToken('/profil');
    expect((await browser.post('/profil', rename(otherToken, 'Lain'))).status).toBe(403);
    expect((await browser.post('/profil', rename('', 'Kosong'))).status).toBe(403);
  });

  it('a post from another origin (a sibling subdomain, another site, an opaque origin) is refused even with the right token', async () => {
    const victim = await signedInVictim();
    const token = await victim.csrfToken('/profil');
    const port = new URL(app.url).port;
    const foreign: Record<string, string>[] = [
      { origin: `http://evil.127.0.0.1.example:${port}` },
      { origin: 'https://evil.example' },
      { origin: 'null' },
      { origin: `http://127.0.0.1:${Number(port) + 1}` },
      { origin: '', referer: 'https://evil.example/form.html' },
    ];
    for (const headers of foreign) {
      const answer = await victim.post('/profil', rename(token, 'Dari luar'), headers);
      expect({ headers, status: answer.status }).toEqual({ headers, status: 403 });
    }
    expect(await displayNameOf(victim)).not.toBe('Dari luar');
    expect(app.output()).not.toMatch(/\n\s+at /);
  });

  it('the site’s own forms work: same Origin, a Referer of the site alone, or no browser headers at all', async () => {
    const victim = await signedInVictim();
    const token = await victim.csrfToken('/profil');
    for (const [headers, name] of [
      [{}, 'Siti Satu'],
      [{ origin: '', referer: `${victim.origin}/profil` }, 'Siti Dua'],
      [{ origin: '' }, 'Siti Rahayu'],
    ] as const) {
      const answer = await victim.post('/profil', rename(token, name), headers);
      expect({ headers, status: answer.status }).toEqual({ headers, status: 302 });
      expect(await displayNameOf(victim)).toBe(name);
    }
    // Signed out again, the browser's pre-session carries the forms (sign-in, the language switch).
    const signOut = await victim.post('/keluar', { csrf: token });
    expect(signOut.status).toBe(302);
    expect((await victim.signIn(demoCitizen)).status).toBe(302);
  });
});
