import { describe, expect, it } from 'vitest';
import { browserJourney, openContext, signInThroughForm as signIn } from '../support/browser.js';
import { demoPassword } from '../support/built-app.js';

const title = 'Cetak ulang kartu keluarga ditolak tanpa alasan';
const agency = 'Dinas Kependudukan dan Pencatatan Sipil Kota Bandung';
const reply = 'Mohon datang ke loket 3 dengan KK lama; pencetakan ulang kini selesai di hari yang sama.';

describe('web: the agency inbox, response clocks and an official reply in a browser', () => {
  const journey = browserJourney();

  it('a citizen posts a problem for an agency; its officer sees it in the inbox with its clock and replies officially; the citizen sees the reply and the clock met', async () => {
    const citizen = await openContext(journey.browser, journey.app.url, { javaScriptEnabled: false });
    await signIn(citizen.page, { email: 'dewi@warga.id', password: demoPassword });
    await citizen.page.goto('/gagasan/baru');
    await citizen.page.getByLabel('Judul').fill(title);
    await citizen.page.getByLabel('Uraian').fill('Petugas menolak mencetak ulang KK yang rusak dan tidak menjelaskan syaratnya.');
    await citizen.page.getByLabel('Layanan publik terkait').selectOption({ label: `Pembaruan Kartu Keluarga — ${agency}` });
    await citizen.page.getByRole('button', { name: 'Kirim gagasan' }).click();
    await citizen.page.getByRole('heading', { level: 1, name: title }).waitFor();
    const ideaPath = new URL(citizen.page.url()).pathname;
    const clocks = citizen.page.getByRole('region', { name: 'Tenggat tanggapan instansi' });
    await expect(clocks.getByText('Berjalan').count()).resolves.toBe(3);

    const officer = await openContext(journey.browser, journey.app.url, { javaScriptEnabled: false });
    await signIn(officer.page, { email: 'yuni@dukcapil.bandung.go.id', password: demoPassword });
    await officer.page.goto('/organisasi/disdukcapil-kota-bandung');
    await officer.page.getByRole('link', { name: 'Kotak masuk instansi' }).click();
    await officer.page.getByRole('heading', { level: 1, name: `Kotak masuk ${agency}` }).waitFor();
    const item = officer.page.locator('.inbox-item', { hasText: title });
    await expect(item.getByText('Jawaban resmi').count()).resolves.toBe(1);
    await expect(item.getByText('Berjalan').count()).resolves.toBe(3);
    // The filter in the address keeps only problems with a clock past due and leaves the new one out.
    await officer.page.getByLabel('Hanya yang lewat tenggat').check();
    await officer.page.getByRole('button', { name: 'Saring' }).click();
    await officer.page.waitForURL(/lewat=1/);
    await expect(officer.page.locator('.inbox-item', { hasText: title }).count()).resolves.toBe(0);
    for (const listed of await officer.page.locator('.inbox-item').allInnerTexts()) expect(listed).toMatch(/Lewat \d+ hari kerja/);

    await officer.page.goto(ideaPath);
    await officer.page.getByLabel('Tulis komentar').fill(reply);
    await officer.page.getByRole('button', { name: 'Kirim komentar' }).click();
    await officer.page.getByText('Komentar terkirim.').waitFor();
    await officer.page.locator('.comment', { hasText: reply }).getByRole('button', { name: 'Tandai sebagai jawaban resmi' }).click();
    await officer.page.getByText('Komentar ditandai sebagai jawaban resmi.').waitFor();

    await citizen.page.goto(ideaPath);
    const pinned = citizen.page.getByRole('region', { name: 'Jawaban resmi instansi' });
    await expect(pinned.getByText(`Jawaban resmi ${agency}`).count()).resolves.toBe(1);
    await expect(pinned.textContent()).resolves.toContain(reply);
    await expect(clocks.locator('li', { hasText: 'Jawaban resmi' }).getByText(/Tepat waktu/).count()).resolves.toBe(1);
    await expect(citizen.page.getByRole('button', { name: 'Tandai sebagai jawaban resmi' }).count()).resolves.toBe(0);
    expect([...citizen.pageErrors, ...officer.pageErrors]).toEqual([]);
    await Promise.all([citizen.context.close(), officer.context.close()]);
  });
});
