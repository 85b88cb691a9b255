import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserJourney, openContext, signInThroughForm } from '../support/browser.js';
import { demoAdmin, type BuiltApp } from '../support/built-app.js';

const phone = { width: 390, height: 844 };
const desktop = { width: 1366, height: 900 };

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

/** Signs in on a wide screen (the sign-out button is in the open header there), then takes the size asked for. */
async function signInAt(page: Page, person: { email: string; password: string }, viewport: { width: number; height: number }): Promise<void> {
  await page.setViewportSize(desktop);
  await signInThroughForm(page, person);
  await page.setViewportSize(viewport);
}

async function headerHeight(page: Page): Promise<number> {
  return page.locator('header.site-header').evaluate((header) => header.getBoundingClientRect().height);
}

const screenshotFolder = path.resolve('docs/screenshots');

describe('web: mobile-first layout', () => {
  const journey = browserJourney();

  // Sideways scrolling at 320 px is checked on every page in accessibility.test.ts, in the same page loads as axe.

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
