import { describe, expect, it } from 'vitest';
import { browserJourney, openContext, screenshot } from '../support/browser.js';
import { demoCitizen, demoPassword } from '../support/built-app.js';

describe('web: the course catalogue in a browser', () => {
  const journey = browserJourney();

  it('a citizen enrols in an upcoming course without JavaScript, sees the seat taken, then cancels', async () => {
    const { context, page, pageErrors } = await openContext(journey.browser, journey.app.url, { javaScriptEnabled: false });
    await page.goto('/masuk');
    await page.getByLabel('Email').fill(demoCitizen.email);
    await page.getByLabel('Kata sandi').fill(demoCitizen.password);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByRole('button', { name: 'Keluar' }).waitFor();

    await page.getByRole('navigation').getByRole('link', { name: 'Pelatihan', exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Katalog pelatihan' }).waitFor();
    const course = page.getByRole('article').filter({ has: page.getByRole('heading', { name: 'Literasi Digital Aparatur' }) });
    await expect(course.getByText('Sisa kursi: 27 dari 30').isVisible()).resolves.toBe(true);

    await course.getByRole('button', { name: 'Daftar: Literasi Digital Aparatur' }).click();
    await page.getByText('Pendaftaran Anda tercatat.').waitFor();
    await expect(course.getByText('Sisa kursi: 26 dari 30').isVisible()).resolves.toBe(true);
    await expect(course.getByText('Anda terdaftar.').isVisible()).resolves.toBe(true);
    await screenshot(page, 'courses-enrolled');

    await course.getByRole('button', { name: 'Batalkan pendaftaran: Literasi Digital Aparatur' }).click();
    await page.getByText('Pendaftaran Anda dibatalkan; kursinya dibuka kembali.').waitFor();
    await expect(course.getByText('Sisa kursi: 27 dari 30').isVisible()).resolves.toBe(true);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('a citizen asks a question on a course page without JavaScript, and a visitor on that page sees it arrive live', async () => {
    const visitor = await openContext(journey.browser, journey.app.url);
    const subscribed = new Promise<void>((resolve) => {
      visitor.page.on('websocket', (socket) => socket.on('framesent', (frame) => String(frame.payload).includes('CommentAdded') && resolve()));
    });
    await visitor.page.goto('/pelatihan');
    await visitor.page.getByRole('link', { name: 'Literasi Digital Aparatur' }).first().click();
    await visitor.page.getByRole('heading', { level: 1, name: 'Literasi Digital Aparatur' }).waitFor();
    await visitor.page.getByRole('link', { name: 'Masuk untuk berkomentar.' }).waitFor();
    await subscribed;
    await visitor.page.evaluate(() => Object.assign(window, { stillTheSamePage: true }));

    const citizen = await openContext(journey.browser, journey.app.url, { javaScriptEnabled: false });
    await citizen.page.goto('/masuk');
    await citizen.page.getByLabel('Email').fill(demoCitizen.email);
    await citizen.page.getByLabel('Kata sandi').fill(demoCitizen.password);
    await citizen.page.getByRole('button', { name: 'Masuk' }).click();
    await citizen.page.getByRole('button', { name: 'Keluar' }).waitFor();
    await citizen.page.goto(new URL(visitor.page.url()).pathname);
    await citizen.page.getByRole('heading', { level: 1, name: 'Literasi Digital Aparatur' }).waitFor();
    await citizen.page.getByLabel('Tulis komentar').fill('Apakah peserta mendapat sertifikat?');
    await citizen.page.getByRole('button', { name: 'Kirim komentar' }).click();
    await citizen.page.getByText('Komentar terkirim.').waitFor();
    await citizen.page.locator('.comment-list').getByRole('paragraph').filter({ hasText: 'Apakah peserta mendapat sertifikat?' }).waitFor();

    await visitor.page.locator('.comment-list').getByRole('paragraph').filter({ hasText: 'Apakah peserta mendapat sertifikat?' }).waitFor();
    await expect(visitor.page.getByRole('heading', { name: /Komentar \(1\)/ }).isVisible()).resolves.toBe(true);
    await expect(visitor.page.evaluate(() => (window as unknown as { stillTheSamePage?: boolean }).stillTheSamePage)).resolves.toBe(true);
    expect([...visitor.pageErrors, ...citizen.pageErrors]).toEqual([]);
    await visitor.context.close();
    await citizen.context.close();
  });

  it("the partner sees its proposals with statuses and budgets in rupiah, its draft among them", async () => {
    const { context, page, pageErrors } = await openContext(journey.browser, journey.app.url);
    await page.goto('/masuk');
    await page.getByLabel('Email').fill('andi@nusantaradigital.co.id');
    await page.getByLabel('Kata sandi').fill(demoPassword);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByRole('button', { name: 'Keluar' }).waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Usulan uji coba', exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Usulan uji coba' }).waitFor();
    const accepted = page.getByRole('row', { name: /Uji coba antrean daring dengan notifikasi WhatsApp/ });
    await expect(accepted.getByText('Rp 150.000.000 · 12 minggu').isVisible()).resolves.toBe(true);
    await expect(accepted.getByText('Diterima').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('row', { name: /Pengingat PBB otomatis/ }).getByText('Draf').isVisible()).resolves.toBe(true);
    await page.getByLabel('Status').selectOption({ label: 'Sedang ditinjau' });
    await page.getByRole('button', { name: 'Tampilkan' }).click();
    await page.waitForURL(/status=UNDER_REVIEW/);
    await page.getByRole('row', { name: /Formulir pindah alamat daring/ }).waitFor();
    await expect(page.getByRole('row').count()).resolves.toBe(2);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
