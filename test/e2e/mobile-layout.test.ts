import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserJourney, openContext, signInThroughForm } from '../support/browser.js';
import { demoAdmin, demoCitizen, demoPassword, type BuiltApp } from '../support/built-app.js';

const phone = { width: 390, height: 844 };
const desktop = { width: 1366, height: 900 };
const narrowest = { width: 320, height: 800 };
const officer = { email: 'hendra@dukcapil.bandung.go.id', password: demoPassword };

async function firstIds(app: BuiltApp): Promise<Record<string, string>> {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `{ ideas(first: 1) { edges { node { id } } } discussions(first: 1) { edges { node { id } } } innovations(first: 1) { edges { node { id } } }
        courses(first: 1) { edges { node { id } } } surveys(first: 1) { edges { node { id } } } }`,
    }),
  });
  const { data } = (await response.json()) as { data: Record<string, { edges: { node: { id: string } }[] }> };
  return Object.fromEntries(Object.entries(data).map(([name, connection]) => [name, connection.edges[0]?.node.id ?? '']));
}

/** Every kind of page a visitor, a citizen or an officer reaches (admin pages are checked signed in as the admin). */
function pagesOf(ids: Record<string, string>): string[] {
  return [
    '/',
    '/gagasan',
    `/gagasan/${ids.ideas}`,
    '/gagasan/baru',
    '/forum',
    `/forum/${ids.discussions}`,
    '/inovasi',
    `/inovasi/${ids.innovations}`,
    '/organisasi',
    '/organisasi/disdukcapil-kota-bandung',
    '/organisasi/disdukcapil-kota-bandung/gagasan',
    '/organisasi/disdukcapil-kota-bandung/inovasi',
    '/layanan/penerbitan-e-ktp-bandung',
    '/pelatihan',
    `/pelatihan/${ids.courses}`,
    '/survei',
    `/survei/${ids.surveys}`,
    '/usulan-pilot',
    '/cari?q=ktp',
    '/notifikasi',
    '/profil',
    '/privasi',
    '/masuk',
    '/daftar',
  ];
}

/** Signs in on a wide screen (the sign-out button is in the open header there), then takes the size asked for. */
async function signInAt(page: Page, person: { email: string; password: string }, viewport: { width: number; height: number }): Promise<void> {
  await page.setViewportSize(desktop);
  await signInThroughForm(page, person);
  await page.setViewportSize(viewport);
}

/** How far the page scrolls sideways, and the deepest element that sticks out (to say what to fix). */
async function horizontalOverflow(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const overflow = document.documentElement.scrollWidth - document.documentElement.clientWidth;
    if (overflow <= 0) return null;
    const width = document.documentElement.clientWidth;
    const describe = (element: Element) => `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ').join('.')}` : ''}`;
    // The outermost element of the page's content that is wider than the screen while its parent is not.
    const culprit = [...document.querySelectorAll('main *')].find((element) => {
      const box = element.getBoundingClientRect();
      const parent = element.parentElement?.getBoundingClientRect();
      return box.width > 0 && box.right > width + 1 && parent !== undefined && parent.right <= width + 1;
    });
    return `${overflow}px (${culprit ? [culprit.parentElement, culprit].map((element) => (element ? describe(element) : '')).join(' > ') : 'unknown'})`;
  });
}

async function headerHeight(page: Page): Promise<number> {
  return page.locator('header.site-header').evaluate((header) => header.getBoundingClientRect().height);
}

const screenshotFolder = path.resolve('docs/screenshots');

describe('web: mobile-first layout', () => {
  const journey = browserJourney();

  it('nothing scrolls sideways at 320 px on any page, signed out, as a citizen and as an officer', async () => {
    const ids = await firstIds(journey.app);
    const overflowing: string[] = [];
    for (const person of [null, demoCitizen, officer, demoAdmin]) {
      const { context, page, pageErrors } = await openContext(journey.browser, journey.app.url, { viewport: narrowest });
      if (person) await signInAt(page, person, narrowest);
      const pages = person === demoAdmin ? ['/moderasi', '/admin/verifikasi'] : pagesOf(ids);
      for (const pathname of pages) {
        await page.goto(pathname);
        const overflow = await horizontalOverflow(page);
        if (overflow) overflowing.push(`${person?.email ?? 'visitor'} ${pathname}: ${overflow}`);
      }
      expect(pageErrors).toEqual([]);
      await context.close();
    }
    expect(overflowing).toEqual([]);
  });

  it('on a phone the header stays under 120 px and its menu opens without JavaScript', async () => {
    const { context, page } = await openContext(journey.browser, journey.app.url, { viewport: phone, javaScriptEnabled: false });
    await page.goto('/gagasan');
    expect(await headerHeight(page)).toBeLessThan(120);
    await expect(page.getByRole('link', { name: 'Forum' }).isVisible()).resolves.toBe(false);
    await page.getByText('Menu', { exact: true }).click();
    await page.getByRole('link', { name: 'Forum' }).click();
    await page.getByRole('heading', { level: 1, name: /Forum/ }).waitFor();
    await context.close();

    const signedIn = await openContext(journey.browser, journey.app.url, { viewport: phone });
    await signInAt(signedIn.page, demoAdmin, phone);
    await signedIn.page.goto('/');
    expect(await headerHeight(signedIn.page)).toBeLessThan(120);
    await signedIn.page.getByText('Menu', { exact: true }).click();
    await signedIn.page.getByRole('button', { name: 'Keluar', exact: true }).waitFor();
    await signedIn.page.getByRole('link', { name: 'Verifikasi' }).waitFor();
    await signedIn.context.close();
  });

  it('on a desktop the navigation of an admin fits on one line', async () => {
    const { context, page } = await openContext(journey.browser, journey.app.url, { viewport: desktop });
    await signInThroughForm(page, demoAdmin);
    const rows = await page.locator('.main-nav li').evaluateAll((items) => new Set(items.map((item) => Math.round(item.getBoundingClientRect().top))).size);
    expect(rows).toBe(1);
    await context.close();
  });

  it('takes the README screenshots of the main pages, on a phone and on a desktop', async () => {
    const ids = await firstIds(journey.app);
    await mkdir(screenshotFolder, { recursive: true });
    const pages: [string, string][] = [
      ['home', '/'],
      ['ideas', '/gagasan'],
      ['idea', `/gagasan/${ids.ideas}`],
      ['innovation', `/inovasi/${ids.innovations}`],
      ['survey', `/survei/${ids.surveys}`],
    ];
    for (const [device, viewport] of [
      ['phone', phone],
      ['desktop', desktop],
    ] as const) {
      const { context, page } = await openContext(journey.browser, journey.app.url, { viewport });
      for (const [name, pathname] of pages) {
        await page.goto(pathname);
        await page.screenshot({ path: path.join(screenshotFolder, `${name}-${device}.png`) });
      }
      await context.close();
    }
  });
});
