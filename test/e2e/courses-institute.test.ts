import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserJourney, openContext, screenshot, signInThroughForm } from '../support/browser.js';
import { demoCitizen, demoPassword } from '../support/built-app.js';

const trainer = { email: 'fajar@lpa-mandiri.ac.id', password: demoPassword };
const secondCitizen = { email: 'budi@warga.id', password: demoPassword };
const title = 'Desain Layanan Berpusat pada Warga';

/** A `datetime-local` value some days ahead (the editor reads it as Western Indonesian Time). */
function daysAhead(days: number, hour: number): string {
  const day = new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  return `${day}T${String(hour).padStart(2, '0')}:00`;
}

async function fillSession(page: Page, number: number, session: { startsAt: string; endsAt: string; place: string }) {
  const row = page.getByRole('group', { name: `Sesi ${number}`, exact: true });
  await row.getByLabel('Mulai').fill(session.startsAt);
  await row.getByLabel('Selesai').fill(session.endsAt);
  await row.getByLabel('Tempat atau tautan').fill(session.place);
}

describe('web: a training institute runs a course in a browser', () => {
  const journey = browserJourney();
  let coursePath = '';

  it('the institute creates a course with two sessions and one seat; a citizen enrols while another watches the seat go live; the institute marks it completed', async () => {
    const institute = await openContext(journey.browser, journey.app.url);
    await signInThroughForm(institute.page, trainer);
    await institute.page.goto('/organisasi/lpa-mandiri');
    await institute.page.getByRole('heading', { level: 2, name: /^Pelatihan/ }).waitFor();
    await institute.page.getByRole('link', { name: 'Pelatihan baru' }).click();
    await institute.page.getByRole('heading', { level: 1, name: 'Pelatihan baru' }).waitFor();

    const form = institute.page;
    await form.getByLabel('Judul', { exact: true }).fill(title);
    await form.getByLabel('Ringkasan').fill('Memetakan perjalanan warga saat mengurus layanan dan merancang ulang langkah yang menyulitkan.');
    await form.getByLabel('Format').selectOption({ label: 'Campuran' });
    await form.getByLabel('Kapasitas (jumlah kursi)').fill('1');
    await form.getByLabel(/^Kompetensi/).fill('desain layanan, riset pengguna');
    await fillSession(form, 1, { startsAt: daysAhead(20, 9), endsAt: daysAhead(20, 12), place: 'Aula LPA Mandiri, Bandung' });
    await fillSession(form, 2, { startsAt: daysAhead(27, 9), endsAt: daysAhead(27, 12), place: 'https://rapat.example.id/desain' });
    // With JavaScript another session row appears in place.
    await form.getByRole('button', { name: 'Tambah sesi' }).click();
    await form.getByRole('group', { name: 'Sesi 4', exact: true }).waitFor();
    await form.getByRole('checkbox', { name: /Antrean daring e-KTP/ }).check();
    await form.getByLabel('Status').selectOption({ label: 'Terbit' });
    await form.getByRole('button', { name: 'Simpan pelatihan' }).click();
    await form.getByText('Pelatihan disimpan.').waitFor();
    await form.getByRole('heading', { level: 1, name: title }).waitFor();
    coursePath = new URL(form.url()).pathname;
    expect(coursePath).toMatch(/^\/pelatihan\/[^/]+$/);
    await expect(form.getByText('Sisa kursi: 1 dari 1').isVisible()).resolves.toBe(true);
    await expect(form.getByRole('link', { name: 'Antrean daring e-KTP' }).isVisible()).resolves.toBe(true);
    await expect(form.locator('.course-sessions li').count()).resolves.toBe(2);
    await expect(form.getByText('Aula LPA Mandiri, Bandung').isVisible()).resolves.toBe(true);

    // A second citizen keeps the course page open; the seat count must change there without a reload.
    const watcher = await openContext(journey.browser, journey.app.url);
    await signInThroughForm(watcher.page, secondCitizen);
    // Any socket of the page may carry the subscription (the page signed in on may still open one while it goes).
    const subscribed = new Promise<void>((resolve) => {
      watcher.page.on('websocket', (socket) => socket.on('framesent', (frame) => String(frame.payload).includes('CourseChanged') && resolve()));
    });
    await watcher.page.goto(coursePath);
    await subscribed;
    await expect(watcher.page.getByText('Sisa kursi: 1 dari 1').isVisible()).resolves.toBe(true);
    await watcher.page.evaluate(() => Object.assign(window, { stillTheSamePage: true }));

    const citizen = await openContext(journey.browser, journey.app.url);
    await signInThroughForm(citizen.page, demoCitizen);
    await citizen.page.goto('/pelatihan');
    await citizen.page.getByRole('link', { name: title }).click();
    await citizen.page.getByRole('heading', { level: 1, name: title }).waitFor();
    await citizen.page.getByRole('button', { name: `Daftar: ${title}` }).click();
    await citizen.page.getByText('Pendaftaran Anda tercatat.').waitFor();
    await expect(citizen.page.getByText('Anda terdaftar.').isVisible()).resolves.toBe(true);

    const seats = watcher.page.locator('[aria-live="polite"]', { hasText: 'Kursi penuh.' });
    await seats.waitFor();
    await watcher.page.getByText('Pelatihan ini penuh: semua kursi sudah terisi').waitFor();
    await expect(watcher.page.getByRole('button', { name: `Daftar: ${title}` }).count()).resolves.toBe(0);
    await expect(watcher.page.evaluate(() => (window as unknown as { stillTheSamePage?: boolean }).stillTheSamePage)).resolves.toBe(true);
    await screenshot(watcher.page, 'course-full-live');

    await institute.page.getByRole('link', { name: 'Daftar peserta' }).click();
    await institute.page.getByRole('heading', { level: 1, name: `Peserta: ${title}` }).waitFor();
    const row = institute.page.getByRole('row', { name: /Siti Rahayu/ });
    await expect(row.getByText('Terdaftar').isVisible()).resolves.toBe(true);
    await row.getByRole('button', { name: 'Tandai selesai: Siti Rahayu' }).click();
    await institute.page.getByText('Penyelesaian peserta tercatat.').waitFor();
    await expect(row.getByText('Selesai', { exact: true }).isVisible()).resolves.toBe(true);
    await screenshot(institute.page, 'course-enrolments');

    await row.getByRole('link', { name: 'Siti Rahayu' }).click();
    await institute.page.getByRole('heading', { level: 2, name: 'Pelatihan yang diselesaikan' }).waitFor();
    const completed = institute.page.getByRole('region', { name: 'Pelatihan yang diselesaikan' });
    await expect(completed.getByRole('link', { name: title }).isVisible()).resolves.toBe(true);

    await institute.page.goto('/organisasi/lpa-mandiri');
    await expect(institute.page.getByRole('link', { name: title }).isVisible()).resolves.toBe(true);

    for (const { pageErrors } of [institute, watcher, citizen]) expect(pageErrors).toEqual([]);
    await Promise.all([institute.context.close(), watcher.context.close(), citizen.context.close()]);
  });

  it('a citizen is refused the editor and the enrolment list, with a page saying who may open them', async () => {
    const { context, page, pageErrors } = await openContext(journey.browser, journey.app.url);
    await signInThroughForm(page, secondCitizen);
    for (const path of [`${coursePath}/ubah`, `${coursePath}/peserta`, '/pelatihan/baru?lembaga=lpa-mandiri']) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(403);
      await page.getByRole('heading', { level: 1, name: 'Hanya untuk lembaga pelatihan' }).waitFor();
    }
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('the institute edits the course without JavaScript: an error keeps what was typed, "add a session" posts and comes back', async () => {
    const { context, page, pageErrors } = await openContext(journey.browser, journey.app.url, { javaScriptEnabled: false });
    await signInThroughForm(page, trainer);
    await page.goto(`${coursePath}/ubah`);
    await page.getByRole('heading', { level: 1, name: 'Ubah pelatihan' }).waitFor();
    await expect(page.getByRole('group', { name: 'Sesi 2', exact: true }).getByLabel('Tempat atau tautan').inputValue()).resolves.toBe('https://rapat.example.id/desain');

    await page.getByLabel('Judul', { exact: true }).fill('');
    await page.getByLabel('Kapasitas (jumlah kursi)').fill('3');
    await page.getByRole('button', { name: 'Simpan perubahan' }).click();
    await page.getByRole('alert').waitFor();
    const titleField = page.getByLabel('Judul', { exact: true });
    await expect(titleField.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.locator('.field-invalid').filter({ has: titleField }).locator('.field-error').textContent()).resolves.toBeTruthy();
    await expect(page.getByLabel('Kapasitas (jumlah kursi)').inputValue()).resolves.toBe('3');
    await expect(page.getByRole('checkbox', { name: /Antrean daring e-KTP/ }).isChecked()).resolves.toBe(true);

    await expect(page.getByRole('group', { name: 'Sesi 4', exact: true }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Tambah sesi' }).click();
    await page.getByRole('group', { name: 'Sesi 4', exact: true }).waitFor();
    await expect(page.getByLabel('Kapasitas (jumlah kursi)').inputValue()).resolves.toBe('3');

    // The innovation search posts the form and brings it back with what was found; the ticked ones stay ticked.
    await page.getByLabel(/^Cari inovasi menurut judul/).fill('Klinik OSS');
    await page.getByRole('button', { name: 'Cari inovasi' }).click();
    await page.getByRole('checkbox', { name: /Klinik OSS keliling/ }).check();
    await expect(page.getByRole('checkbox', { name: /Antrean daring e-KTP/ }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole('group', { name: 'Sesi 4', exact: true }).count()).resolves.toBe(1);
    await screenshot(page, 'course-editor-no-javascript');

    await page.getByLabel('Judul', { exact: true }).fill(`${title} (angkatan 2)`);
    await fillSession(page, 4, { startsAt: daysAhead(34, 9), endsAt: daysAhead(34, 12), place: 'Aula LPA Mandiri, Bandung' });
    await page.getByRole('button', { name: 'Simpan perubahan' }).click();
    await page.getByText('Pelatihan disimpan.').waitFor();
    await page.getByRole('heading', { level: 1, name: `${title} (angkatan 2)` }).waitFor();
    await expect(page.getByText('Sisa kursi: 2 dari 3').isVisible()).resolves.toBe(true);
    await expect(page.locator('.course-sessions li').count()).resolves.toBe(3);
    await expect(page.getByRole('link', { name: 'Klinik OSS keliling' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('link', { name: 'Antrean daring e-KTP' }).isVisible()).resolves.toBe(true);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('a draft is the institute\'s own: others get the not-found page and do not see it listed', async () => {
    const institute = await openContext(journey.browser, journey.app.url);
    await signInThroughForm(institute.page, trainer);
    await institute.page.goto(`${coursePath}/ubah`);
    await institute.page.getByLabel('Status').selectOption({ label: 'Draf' });
    await institute.page.getByRole('button', { name: 'Simpan perubahan' }).click();
    await institute.page.getByText('Pelatihan disimpan.').waitFor();
    await institute.page.goto('/organisasi/lpa-mandiri');
    const listed = institute.page.getByRole('listitem').filter({ has: institute.page.getByRole('link', { name: `${title} (angkatan 2)` }) });
    await expect(listed.getByText('Draf').isVisible()).resolves.toBe(true);

    const visitor = await openContext(journey.browser, journey.app.url);
    const response = await visitor.page.goto(coursePath);
    expect(response?.status()).toBe(404);
    await visitor.page.goto('/organisasi/lpa-mandiri');
    await visitor.page.getByRole('heading', { level: 2, name: /^Pelatihan/ }).waitFor();
    await expect(visitor.page.getByRole('link', { name: `${title} (angkatan 2)` }).count()).resolves.toBe(0);
    for (const { pageErrors } of [institute, visitor]) expect(pageErrors).toEqual([]);
    await Promise.all([institute.context.close(), visitor.context.close()]);
  });

  it("anyone sees a partner's accepted proposals on its page, not its drafts", async () => {
    const { context, page, pageErrors } = await openContext(journey.browser, journey.app.url);
    await page.goto('/organisasi/nusantara-digital-solusi');
    const proposals = page.getByRole('region', { name: /Usulan uji coba/ });
    const accepted = proposals.getByRole('link', { name: 'Uji coba antrean daring dengan notifikasi WhatsApp' });
    await expect(accepted.getAttribute('href')).resolves.toMatch(/^\/usulan-pilot\//);
    await expect(proposals.getByText('Diterima').isVisible()).resolves.toBe(true);
    await expect(proposals.getByText('Pengingat PBB otomatis').count()).resolves.toBe(0);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
