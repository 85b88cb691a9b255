import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserJourney, openContext, signInThroughForm as signIn } from '../support/browser.js';
import { demoPassword } from '../support/built-app.js';

const ideaTitle = 'Kantor pelayanan belum ramah pengguna kursi roda';
const spam = 'Jual pulsa murah meriah, hubungi 0812-0000-0000 sekarang juga';

async function openIdea(page: Page) {
  await page.goto(`/gagasan?q=${encodeURIComponent(ideaTitle)}`);
  await page.getByRole('link', { name: ideaTitle }).click();
  await page.getByRole('heading', { level: 1, name: ideaTitle }).waitFor();
}

describe('web: moderation at scale in a browser', () => {
  const journey = browserJourney();

  it('a third distinct report hides a comment, without JavaScript, and the moderator restores it from the queue', async () => {
    const writer = await openContext(journey.browser, journey.app.url, { javaScriptEnabled: false });
    await signIn(writer.page, { email: 'agus@warga.id', password: demoPassword });
    await openIdea(writer.page);
    await writer.page.getByLabel('Tulis komentar').fill(spam);
    await writer.page.getByRole('button', { name: 'Kirim komentar' }).click();
    await writer.page.getByText('Komentar terkirim.').waitFor();

    for (const email of ['siti@warga.id', 'budi@warga.id', 'dewi@warga.id']) {
      const reporter = await openContext(journey.browser, journey.app.url, { javaScriptEnabled: false });
      await signIn(reporter.page, { email, password: demoPassword });
      await openIdea(reporter.page);
      const comment = reporter.page.locator('.comment', { hasText: spam });
      await comment.locator('details.report summary').click();
      await comment.getByLabel('Jenis masalah').selectOption({ label: 'Spam atau iklan' });
      await comment.getByLabel('Alasan laporan').fill('Iklan pulsa, bukan tentang gagasan ini');
      await comment.getByRole('button', { name: 'Kirim laporan' }).click();
      await reporter.page.getByText('Terima kasih, laporan Anda diteruskan ke moderator.').waitFor();
      expect(reporter.pageErrors).toEqual([]);
      await reporter.context.close();
    }

    const visitor = await openContext(journey.browser, journey.app.url, { javaScriptEnabled: false });
    await openIdea(visitor.page);
    await expect(visitor.page.locator('.comment', { hasText: spam }).count()).resolves.toBe(0);
    // Its author still sees it (and why others do not), after reloading the page.
    await openIdea(writer.page);
    await expect(writer.page.locator('.comment', { hasText: spam }).count()).resolves.toBe(1);

    const moderator = await openContext(journey.browser, journey.app.url, { javaScriptEnabled: false });
    await signIn(moderator.page, { email: 'moderator@gotong.id', password: demoPassword });
    await moderator.page.goto('/moderasi');
    await moderator.page.getByRole('heading', { level: 1, name: 'Antrean moderasi' }).waitFor();
    const item = moderator.page.locator('.moderation-item', { hasText: spam });
    await expect(item.getByText('Tersembunyi', { exact: true }).count()).resolves.toBe(1);
    await expect(item.getByText(`Pada: ${ideaTitle}`).count()).resolves.toBe(1);
    await expect(item.getByText('Spam atau iklan: 3 orang').count()).resolves.toBe(1);
    await expect(item.getByRole('link', { name: 'Tangguhkan penulis' }).count()).resolves.toBe(1);
    await item.getByRole('checkbox').check();
    await moderator.page.getByLabel('Tindakan').selectOption({ label: 'Pulihkan' });
    await moderator.page.getByLabel('Alasan (disimpan di log moderasi)').fill('Sudah diperiksa, penulis diberi peringatan');
    await moderator.page.getByRole('button', { name: 'Terapkan pada yang dipilih' }).click();
    await moderator.page.getByText('Tindakan moderasi disimpan.').waitFor();
    await expect(moderator.page.locator('.moderation-item', { hasText: spam }).count()).resolves.toBe(0);

    await moderator.page.goto('/moderasi/log');
    await moderator.page.getByRole('cell', { name: 'Otomatis: mencapai ambang laporan' }).waitFor();
    await moderator.page.getByRole('cell', { name: 'Sudah diperiksa, penulis diberi peringatan' }).waitFor();

    await openIdea(visitor.page);
    await expect(visitor.page.locator('.comment', { hasText: spam }).count()).resolves.toBe(1);
    expect([...writer.pageErrors, ...visitor.pageErrors, ...moderator.pageErrors]).toEqual([]);
    await Promise.all([writer.context.close(), visitor.context.close(), moderator.context.close()]);
  });
});
