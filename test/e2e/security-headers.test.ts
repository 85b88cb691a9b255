import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserJourney, openContext, signInThroughForm } from '../support/browser.js';
import { demoAdmin, demoCitizen, demoPassword } from '../support/built-app.js';

/** The list pages, and the first link of each kind found on them, so every kind of page is visited. */
const listPages = ['/', '/gagasan', '/forum', '/inovasi', '/organisasi', '/pelatihan', '/survei', '/cari?q=ktp', '/masuk', '/daftar', '/privasi', '/lupa-sandi', '/api-mitra'];
const detailLinks = [/^\/gagasan\/(?!baru)[^/?]+$/, /^\/forum\/(?!baru)[^/?]+$/, /^\/inovasi\/[^/?]+$/, /^\/organisasi\/(?!baru)[^/?]+$/, /^\/pelatihan\/(?!baru)[^/?]+$/, /^\/survei\/[^/?]+$/, /^\/layanan\/[^/?]+$/, /^\/pengguna\/[^/?]+$/];
const signedInPages = ['/profil', '/profil/sesi', '/profil/token-api', '/notifikasi', '/notifikasi/pengaturan', '/gagasan/baru', '/forum/baru', '/organisasi/baru', '/usulan-pilot'];
/** Pages for the platform admin and for an agency's officers. */
const staffPages: [{ email: string; password: string }, string[]][] = [
  [demoAdmin, ['/admin/verifikasi', '/moderasi']],
  [{ email: 'hendra@dukcapil.bandung.go.id', password: demoPassword }, ['/organisasi/disdukcapil-kota-bandung/inovasi', '/organisasi/disdukcapil-kota-bandung/gagasan', '/usulan-pilot']],
];

/** Every CSP violation the page reports (the listener is added before any of the page's own scripts run). */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []);
}

async function visit(page: Page, path: string, violations: () => Promise<string[]>) {
  const response = await page.goto(path);
  expect({ path, status: response?.status() }).toEqual({ path, status: 200 });
  const csp = (await response!.allHeaders())['content-security-policy'] ?? '';
  expect({ path, hasPolicy: csp.includes("script-src 'self' 'nonce-") && csp.includes("frame-ancestors 'none'") }).toEqual({ path, hasPolicy: true });
  await page.waitForLoadState('networkidle');
  // React hydrated (so Remix's inline scripts ran under the policy), and nothing was refused.
  expect({ path, hydrated: await page.evaluate(() => '__remixContext' in window && '__reactRouterVersion' in window) }).toEqual({ path, hydrated: true });
  expect({ path, violations: await violations() }).toEqual({ path, violations: [] });
}

describe('web: security headers with every page working under the Content-Security-Policy', () => {
  const journey = browserJourney();

  it('every kind of page, signed out, signed in and for staff, runs its scripts with no CSP violation', async () => {
    const { context, page, pageErrors } = await openContext(journey.browser, journey.app.url);
    const violations = await watchViolations(page);
    const details = new Map<RegExp, string>();
    for (const path of listPages) {
      await visit(page, path, violations);
      const hrefs = await page.evaluate(() => [...document.querySelectorAll('a[href]')].map((link) => link.getAttribute('href') ?? ''));
      for (const pattern of detailLinks) {
        const first = hrefs.find((href) => pattern.test(href));
        if (first && !details.has(pattern)) details.set(pattern, first);
      }
    }
    expect(details.size).toBe(detailLinks.length);
    for (const path of details.values()) await visit(page, path, violations);
    await signInThroughForm(page, demoCitizen);
    for (const path of [...signedInPages, ...details.values()]) await visit(page, path, violations);
    expect(pageErrors).toEqual([]);
    await context.close();
    for (const [person, paths] of staffPages) {
      const staff = await openContext(journey.browser, journey.app.url);
      const staffViolations = await watchViolations(staff.page);
      await signInThroughForm(staff.page, person);
      for (const path of paths) await visit(staff.page, path, staffViolations);
      expect(staff.pageErrors).toEqual([]);
      await staff.context.close();
    }
  });

  it('the live client connects over the WebSocket and the language switch works with the policy on', async () => {
    const { context, page, pageErrors } = await openContext(journey.browser, journey.app.url);
    const violations = await watchViolations(page);
    await page.goto('/gagasan');
    const ideaPath = await page.evaluate(() => [...document.querySelectorAll('a[href^="/gagasan/"]')].map((link) => link.getAttribute('href')!).find((href) => !href.endsWith('/baru')));
    const acknowledged = new Promise<void>((resolve) => {
      page.on('websocket', (socket) => socket.on('framereceived', (frame) => String(frame.payload).includes('connection_ack') && resolve()));
    });
    await page.goto(ideaPath!);
    await acknowledged;
    await page.getByRole('button', { name: 'Ganti bahasa ke English' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await violations()).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('GraphiQL runs under the policy', async () => {
    const { context, page, pageErrors } = await openContext(journey.browser, journey.app.url);
    const violations = await watchViolations(page);
    const schemaLoaded = page.waitForResponse((response) => response.url().endsWith('/graphql') && response.request().method() === 'POST');
    await page.goto('/graphiql');
    await page.locator('.graphiql-container').waitFor();
    await schemaLoaded;
    // The editor may still be starting when the schema arrives: run the query until the answer shows.
    const answer = async () => {
      await page.getByRole('button', { name: /Execute query/i }).click();
      return page.locator('.graphiql-response').innerText();
    };
    await expect.poll(answer, { timeout: 20_000, interval: 1_000 }).toContain('"viewer": null');
    expect(await violations()).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
