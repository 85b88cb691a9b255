import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserJourney, openContext, screenshot, signInThroughForm as signIn } from '../support/browser.js';
import { demoPassword } from '../support/built-app.js';

const wheelchairIdea = 'Kantor pelayanan belum ramah pengguna kursi roda';

async function openIdea(page: Page, title: string) {
  await page.goto(`/gagasan?q=${encodeURIComponent(title)}`);
  await page.getByRole('link', { name: title }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

describe('web: ideas, votes, comments, the forum and moderation in a browser', () => {
  const journey = browserJourney();

  it('anyone reads the feed, ordered and filtered, and the forum with its pinned rules first', async () => {
    const { context, page, pageErrors } = await openContext(journey.browser, journey.app.url);
    await page.goto('/');
    await page.getByRole('link', { name: 'Gagasan' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Gagasan warga' }).waitFor();
    expect(await page.locator('.idea-card').count()).toBeGreaterThanOrEqual(10);
    await page.getByLabel('Urutan').selectOption({ label: 'Suara terbanyak' });
    await page.getByLabel('Jenis', { exact: true }).selectOption({ label: 'Solusi' });
    await page.getByRole('button', { name: 'Tampilkan' }).click();
    await page.waitForURL(/urut=TOP/);
    // The URL changes before the filtered list has rendered: wait until every card shown is a solution.
    await page.locator('.idea-card:not(:has(.badge-solution))').first().waitFor({ state: 'detached' });
    expect(await page.locator('.idea-card .badge-solution').count()).toBe(await page.locator('.idea-card').count());
    expect(await page.locator('.idea-card').count()).toBeGreaterThan(0);
    await screenshot(page, 'ideas-feed');
    await page.getByRole('link', { name: 'Forum' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Forum' }).waitFor();
    await expect(page.locator('.idea-card').first().getByText('Disematkan').isVisible()).resolves.toBe(true);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('votes and comments without JavaScript: plain forms, and the page shows the result', async () => {
    const { context, page, pageErrors } = await openContext(journey.browser, journey.app.url, { javaScriptEnabled: false });
    await signIn(page, { email: 'dewi@warga.id', password: demoPassword });
    await openIdea(page, wheelchairIdea);
    await expect(page.locator('.vote-count').first().textContent()).resolves.toBe('2 suara');
    await page.getByRole('button', { name: `Dukung gagasan “${wheelchairIdea}”` }).click();
    await page.getByRole('button', { name: `Batalkan dukungan untuk “${wheelchairIdea}”` }).waitFor();
    await expect(page.locator('.vote-count').first().textContent()).resolves.toBe('3 suara');
    await page.getByLabel('Tulis komentar').fill('Di kelurahan kami juga hanya ada tangga. <script>alert(1)</script>');
    await page.getByRole('button', { name: 'Kirim komentar' }).click();
    await page.getByText('Komentar terkirim.').waitFor();
    await expect(page.locator('.comment').last().textContent()).resolves.toContain('hanya ada tangga');
    expect(await page.locator('.comment script').count()).toBe(0);
    await page.getByRole('button', { name: 'Kirim komentar' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Wajib diisi');
    // The refused form is answered with status 400, which the browser reports on its console; nothing else may be there.
    expect(pageErrors.filter((error) => !error.includes('status of 400'))).toEqual([]);
    await context.close();
  });

  it('with JavaScript a vote updates in place, and posting an idea shows similar ones first', async () => {
    const { context, page, pageErrors } = await openContext(journey.browser, journey.app.url);
    await signIn(page, { email: 'agus@warga.id', password: demoPassword });
    await openIdea(page, wheelchairIdea);
    const before = await page.locator('.vote-count').first().textContent();
    await page.getByRole('button', { name: `Dukung gagasan “${wheelchairIdea}”` }).click();
    await page.getByRole('button', { name: `Batalkan dukungan untuk “${wheelchairIdea}”` }).waitFor();
    expect(await page.locator('.vote-count').first().textContent()).toBe(`${Number.parseInt(before ?? '0', 10) + 1} suara`);

    await page.goto('/gagasan/baru');
    await page.getByLabel('Judul').fill('Antrean KTP-el daring');
    await page.getByRole('heading', { name: 'Gagasan serupa' }).waitFor();
    await expect(page.getByRole('link', { name: /Antrean perekaman KTP-el/ }).isVisible()).resolves.toBe(true);
    await page.getByLabel('Judul').fill('Jadwal perekaman KTP-el di kantor kelurahan setiap Sabtu');
    await page.getByLabel('Uraian').fill('Perekaman KTP-el dibuka di kantor kelurahan pada hari **Sabtu** supaya pekerja tidak perlu izin.');
    await page.getByLabel('Label').fill('ktp-el, akhir-pekan');
    await page.getByRole('button', { name: 'Kirim gagasan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Jadwal perekaman KTP-el di kantor kelurahan setiap Sabtu' }).waitFor();
    await expect(page.locator('.markdown strong').first().textContent()).resolves.toBe('Sabtu');
    await screenshot(page, 'idea-page');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('a citizen reports an idea and a moderator hides it from everyone else', async () => {
    const citizen = await openContext(journey.browser, journey.app.url);
    await signIn(citizen.page, { email: 'budi@warga.id', password: demoPassword });
    await openIdea(citizen.page, wheelchairIdea);
    await citizen.page.locator('details.report').first().locator('summary').click();
    await citizen.page.getByLabel('Alasan laporan').first().fill('Judulnya menyesatkan, mohon dicek');
    await citizen.page.getByRole('button', { name: 'Kirim laporan' }).first().click();
    await citizen.page.getByText('Terima kasih, laporan Anda diteruskan ke moderator.').waitFor();

    const moderator = await openContext(journey.browser, journey.app.url);
    await signIn(moderator.page, { email: 'moderator@gotong.id', password: demoPassword });
    await moderator.page.getByRole('link', { name: 'Moderasi' }).click();
    await moderator.page.getByRole('heading', { level: 1, name: 'Antrean moderasi' }).waitFor();
    await moderator.page.getByLabel(`Pilih “${wheelchairIdea}”`).check();
    await moderator.page.getByLabel('Alasan (disimpan di log moderasi)').fill('Perlu diperbaiki penulisnya');
    await moderator.page.getByRole('button', { name: 'Terapkan pada yang dipilih' }).click();
    await moderator.page.getByText('Tindakan moderasi disimpan.').waitFor();
    await moderator.page.getByText('Tidak ada laporan yang menunggu.').waitFor();

    const response = await citizen.page.goto(`/gagasan?q=${encodeURIComponent(wheelchairIdea)}`);
    expect(response?.status()).toBe(200);
    await expect(citizen.page.getByRole('link', { name: wheelchairIdea }).count()).resolves.toBe(0);
    expect([...citizen.pageErrors, ...moderator.pageErrors]).toEqual([]);
    await citizen.context.close();
    await moderator.context.close();
  });
});
