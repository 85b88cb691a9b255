import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { browserJourney, openContext } from '../support/browser.js';

/** A number as the Indonesian page writes it ("1.234", "85,42") back to a number; a dash is an empty cell. */
const pageNumber = (text: string) => (text.trim() === '–' ? '' : Number(text.trim().replace(/\./g, '').replace(',', '.')));

describe('statistics page', () => {
  const journey = browserJourney();

  it('is readable without JavaScript at 320 px: every chart is SVG with its table in the HTML, and each CSV holds the numbers shown', async () => {
    const { context, page, pageErrors } = await openContext(journey.browser, journey.app.url, { javaScriptEnabled: false, viewport: { width: 320, height: 800 } });
    await page.goto('/statistik');
    await page.getByRole('heading', { level: 1, name: 'Statistik' }).waitFor();
    const sections = page.locator('section.statistics-section');
    expect(await sections.count()).toBe(9);
    const charts = await page.locator('section.statistics-section svg[role="img"]').count();
    const tables = await page.locator('section.statistics-section table').count();
    expect(charts).toBeGreaterThanOrEqual(6);
    expect(tables).toBe(charts);
    // Each chart is named by its heading and its summary.
    const names = await page.locator('section.statistics-section svg[role="img"]').evaluateAll((svgs) =>
      svgs.map((svg) => (svg.getAttribute('aria-labelledby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim()),
    );
    expect(names.every((name) => name.length > 20)).toBe(true);
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(320);

    const links = await page.locator('a[href^="/statistik/"][href$=".csv"], a[href*=".csv?"]').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')!));
    expect(links).toHaveLength(tables);
    for (const [index, href] of links.entries()) {
      const table = page.locator('section.statistics-section table').nth(index);
      const headers = await table.locator('thead th').allTextContents();
      const numeric = await table.locator('thead th').evaluateAll((cells) => cells.map((cell) => cell.classList.contains('numeric')));
      const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent ?? '')));
      const response = await context.request.get(href);
      expect(response.headers()['content-type']).toContain('text/csv');
      const body = await response.body();
      expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const [csvHeaders, ...csvRows] = parse(body.toString('utf8').slice(1)) as string[][];
      expect(csvHeaders).toEqual(headers);
      expect(csvRows).toHaveLength(rows.length);
      rows.forEach((row, rowIndex) =>
        row.forEach((text, column) => {
          if (numeric[column]) expect(csvRows[rowIndex]![column] === '' ? '' : Number(csvRows[rowIndex]![column])).toBe(pageNumber(text));
        }),
      );
    }
    await page.getByRole('link', { name: 'Data terbuka (CSV dan JSON, lisensi CC BY 4.0)' }).click();
    await page.waitForURL(/\/data-terbuka$/);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('narrows to an agency from the form, in the address, without JavaScript', async () => {
    const { context, page, pageErrors } = await openContext(journey.browser, journey.app.url, { javaScriptEnabled: false });
    await page.goto('/statistik');
    const ideasBefore = await page.locator('.figure dd').first().textContent();
    const agency = page.getByLabel('Instansi', { exact: true });
    const firstAgency = await agency.locator('option').nth(1).textContent();
    await agency.selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Terapkan' }).click();
    await page.waitForURL(/instansi=/);
    await page.getByText(`Disaring: ${firstAgency}.`).waitFor();
    await page.getByLabel('Layanan', { exact: true }).waitFor();
    expect(Number((await page.locator('.figure dd').first().textContent())!.replace(/\./g, ''))).toBeLessThanOrEqual(Number(ideasBefore!.replace(/\./g, '')));
    expect(await page.locator('a[href*=".csv?instansi="]').count()).toBeGreaterThan(0);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it("reaches a chart's data table by keyboard, announced by its caption", async () => {
    const { context, page, pageErrors } = await openContext(journey.browser, journey.app.url);
    await page.goto('/statistik');
    const summary = page.locator('section.statistics-section summary').first();
    await summary.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement!;
      const caption = document.getElementById(element.getAttribute('aria-labelledby') ?? '');
      return { role: element.getAttribute('role'), name: caption?.textContent, hasTable: element.querySelector('table') !== null };
    });
    expect(focused).toEqual({ role: 'region', name: 'Gagasan menurut status', hasTable: true });
    await page.getByRole('region', { name: 'Gagasan menurut status' }).getByRole('table').waitFor();
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('shows the home page sections: the figures, the most supported ideas, the innovations institutionalised, the surveys open', async () => {
    const { context, page, pageErrors } = await openContext(journey.browser, journey.app.url, { javaScriptEnabled: false });
    await page.goto('/');
    for (const name of ['Angka yang penting', 'Paling didukung minggu ini', 'Baru saja terlembagakan', 'Survei yang sedang dibuka']) {
      await page.getByRole('heading', { level: 2, name }).waitFor();
    }
    expect(await page.locator('.figure').count()).toBe(4);
    await page.getByRole('link', { name: 'Semua statistik' }).waitFor();
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
