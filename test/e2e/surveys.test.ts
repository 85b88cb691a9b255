import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserJourney, openContext, screenshot, signInThroughForm } from '../support/browser.js';
import { demoPassword } from '../support/built-app.js';

const elements = [
  'U1. Persyaratan',
  'U2. Sistem, mekanisme dan prosedur',
  'U3. Waktu penyelesaian',
  'U4. Biaya/tarif',
  'U5. Produk spesifikasi jenis pelayanan',
  'U6. Kompetensi pelaksana',
  'U7. Perilaku pelaksana',
  'U8. Penanganan pengaduan, saran dan masukan',
  'U9. Sarana dan prasarana',
];
const answerLabels = ['1 – Tidak sesuai', '2 – Kurang sesuai', '3 – Sesuai', '4 – Sangat sesuai'];

/** A day from today in Jakarta, as the date fields take it. */
const dayInJakarta = (days: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date(Date.now() + days * 86_400_000));

async function chooseAnswers(page: Page, answers: number[]) {
  for (const [index, answer] of answers.entries()) {
    await page.getByRole('group', { name: elements[index] }).getByLabel(answerLabels[answer - 1]!, { exact: true }).check();
  }
}

describe('web: satisfaction surveys in a browser', () => {
  const journey = browserJourney();

  it('an officer opens a survey; a visitor answers without JavaScript, once; the results update live elsewhere', async () => {
    const officer = await openContext(journey.browser, journey.app.url);
    await signInThroughForm(officer.page, { email: 'yuni@dukcapil.bandung.go.id', password: demoPassword });
    await officer.page.goto('/layanan/kartu-keluarga-bandung');
    await officer.page.getByRole('heading', { level: 1, name: 'Pembaruan Kartu Keluarga' }).waitFor();
    await officer.page.getByText('Belum ada survei yang ditutup untuk layanan ini.').waitFor();
    const create = officer.page.getByRole('region', { name: 'Buka survei baru' });
    await create.getByLabel('Periode').fill('Semester I 2027');
    await create.getByLabel('Dibuka pada tanggal').fill(dayInJakarta(0));
    await create.getByLabel('Ditutup pada tanggal').fill(dayInJakarta(30));
    await create.getByRole('button', { name: 'Buka survei' }).click();
    await officer.page.getByRole('status').filter({ hasText: 'Survei dibuka.' }).waitFor();
    await officer.page.getByRole('heading', { level: 1, name: 'Survei Kepuasan Masyarakat Pembaruan Kartu Keluarga' }).waitFor();
    const surveyPath = new URL(officer.page.url()).pathname;
    expect(surveyPath).toMatch(/^\/survei\/[^/]+$/);
    // Population 18,000: Krejcie and Morgan ask for 376 responses.
    await expect(officer.page.getByText('0 dari sampel minimum 376').isVisible()).resolves.toBe(true);

    // A visitor without JavaScript keeps a second tab open on the same form.
    const visitor = await openContext(journey.browser, journey.app.url, { javaScriptEnabled: false });
    const secondTab = await visitor.context.newPage();
    await secondTab.goto(surveyPath);
    await visitor.page.goto('/survei');
    await visitor.page.getByRole('heading', { level: 1, name: 'Survei Kepuasan Masyarakat' }).waitFor();
    await visitor.page.getByRole('region', { name: 'Sedang dibuka' }).getByRole('link', { name: 'Survei Kepuasan Masyarakat Pembaruan Kartu Keluarga' }).click();
    await visitor.page.getByRole('heading', { level: 2, name: 'Isi survei' }).waitFor();

    // One element left unanswered: the page says which and keeps the others.
    await chooseAnswers(visitor.page, [4, 3, 4, 3, 4, 3, 4, 3]);
    await visitor.page.getByRole('button', { name: 'Kirim jawaban' }).click();
    const unanswered = visitor.page.getByRole('group', { name: elements[8] });
    await unanswered.getByText('Wajib diisi.').waitFor();
    await expect(visitor.page.getByRole('group', { name: elements[0] }).getByLabel(answerLabels[3]!, { exact: true }).isChecked()).resolves.toBe(true);
    await unanswered.getByLabel(answerLabels[3]!, { exact: true }).check();
    await visitor.page.getByLabel('Saran dan masukan').fill('Mohon tambah loket di kecamatan.');
    await visitor.page.getByLabel('Umur').selectOption({ label: '30–39 tahun' });
    await visitor.page.getByRole('button', { name: 'Kirim jawaban' }).click();
    await visitor.page.getByRole('status').filter({ hasText: 'Terima kasih! Jawaban Anda tercatat.' }).waitFor();
    await expect(visitor.page.getByText('Anda sudah mengisi survei ini. Terima kasih.').isVisible()).resolves.toBe(true);
    // Sums 4·5 + 3·4 = 32 over one response: IKM 32/9 × 25 = 88.89, grade A; far below the minimum sample.
    const results = visitor.page.getByRole('region', { name: 'Hasil survei' });
    await expect(results.getByText('1 dari sampel minimum 376').isVisible()).resolves.toBe(true);
    await expect(results.getByText('88,89').isVisible()).resolves.toBe(true);
    await expect(results.getByText('Sangat baik').isVisible()).resolves.toBe(true);
    await expect(results.getByText(/belum mencapai sampel minimum/).isVisible()).resolves.toBe(true);
    await expect(results.getByRole('row', { name: /U1 Persyaratan/ }).getByText('4,00').isVisible()).resolves.toBe(true);
    await screenshot(visitor.page, 'survey-answered');

    // The same browser, from the tab opened before answering: refused, and told why.
    await chooseAnswers(secondTab, [1, 1, 1, 1, 1, 1, 1, 1, 1]);
    await secondTab.getByRole('button', { name: 'Kirim jawaban' }).click();
    await secondTab.getByRole('alert').filter({ hasText: 'Anda sudah mengisi survei ini. Setiap orang hanya dapat mengisi satu kali.' }).waitFor();
    await expect(secondTab.getByText('1 dari sampel minimum 376').isVisible()).resolves.toBe(true);

    // The officer's page stays open and counts the next answer, from another browser, without a reload.
    const subscribed = officer.page
      .waitForEvent('websocket')
      .then((socket) => socket.waitForEvent('framesent', { predicate: (frame) => String(frame.payload).includes('SurveyResultChanged') }));
    await officer.page.reload();
    await subscribed;
    await officer.page.evaluate(() => Object.assign(window, { stillTheSamePage: true }));
    const another = await openContext(journey.browser, journey.app.url, { javaScriptEnabled: false });
    await another.page.goto(surveyPath);
    await chooseAnswers(another.page, [2, 2, 2, 2, 2, 2, 2, 2, 2]);
    await another.page.getByRole('button', { name: 'Kirim jawaban' }).click();
    await another.page.getByRole('status').filter({ hasText: 'Terima kasih! Jawaban Anda tercatat.' }).waitFor();
    await officer.page.locator('[aria-live="polite"]', { hasText: '2 dari sampel minimum 376' }).waitFor();
    await expect(officer.page.evaluate(() => (window as unknown as { stillTheSamePage?: boolean }).stillTheSamePage)).resolves.toBe(true);
    await expect(officer.page.getByText('Mohon tambah loket di kecamatan.').isVisible()).resolves.toBe(true);

    await officer.page.getByRole('button', { name: 'Tutup survei sekarang' }).click();
    await officer.page.getByRole('status').filter({ hasText: 'Survei ditutup.' }).waitFor();
    await officer.page.goto('/layanan/kartu-keluarga-bandung');
    await expect(officer.page.getByRole('row', { name: /Semester I 2027/ }).isVisible()).resolves.toBe(true);

    for (const session of [officer, another]) expect(session.pageErrors).toEqual([]);
    // The refused second answer is a 400 (a refused form, by design), which the browser logs; nothing else may be.
    expect(visitor.pageErrors.filter((error) => !error.includes('status of 400'))).toEqual([]);
    await Promise.all([officer.context.close(), visitor.context.close(), another.context.close()]);
  });

  it('shows a service’s IKM over time and a survey short of its sample says so', async () => {
    const { context, page, pageErrors } = await openContext(journey.browser, journey.app.url);
    await page.goto('/layanan/akta-kelahiran-bandung');
    const history = page.getByRole('region', { name: 'IKM dari waktu ke waktu' });
    await expect(history.getByRole('row', { name: /Semester I 2025/ }).getByText('B', { exact: true }).isVisible()).resolves.toBe(true);
    await expect(history.getByRole('row', { name: /Semester II 2025/ }).getByText('A', { exact: true }).isVisible()).resolves.toBe(true);
    await expect(history.getByRole('img', { name: /IKM per periode/ }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('region', { name: 'Buka survei baru' }).count()).resolves.toBe(0);

    await page.getByRole('link', { name: /Semester II 2026/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Hasil survei' }).waitFor();
    await expect(page.getByText(/belum mencapai sampel minimum \(372/).isVisible()).resolves.toBe(true);
    await screenshot(page, 'survey-insufficient');
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
