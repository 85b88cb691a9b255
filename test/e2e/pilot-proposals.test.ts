import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserJourney, openContext, screenshot, signInThroughForm as signIn } from '../support/browser.js';
import { demoCitizen, demoPassword } from '../support/built-app.js';

const partner = { email: 'andi@nusantaradigital.co.id', password: demoPassword };
const officer = { email: 'hendra@dukcapil.bandung.go.id', password: demoPassword };
const otherOfficer = { email: 'yuni@dukcapil.bandung.go.id', password: demoPassword };
const otherAgencyOfficer = { email: 'wahyu@dpmptsp.slemankab.go.id', password: demoPassword };

const innovationTitle = 'Perekaman KTP-el di sekolah';
const proposalTitle = 'Uji coba jadwal perekaman KTP-el daring untuk SMA';
const ideaTitle = 'Pelatihan pelayanan prima bagi petugas loket kecamatan';

describe('web: pilot proposals from the partner\'s form to the agency\'s review, in a browser', () => {
  const journey = browserJourney();

  async function as(person: { email: string; password: string } | null, options: BrowserContextOptions = {}) {
    const opened = await openContext(journey.browser, journey.app.url, options);
    if (person) await signIn(opened.page, person);
    return opened;
  }

  async function fillProposal(page: Page, values: { budget: string; kpis: string }) {
    await page.getByLabel('Judul usulan').fill(proposalTitle);
    await page.getByLabel('Ringkasan', { exact: true }).fill('Siswa kelas XII memilih jadwal perekaman di sekolah lewat formulir daring; petugas datang dengan alat rekam keliling.');
    await page.getByLabel('Anggaran (rupiah)').fill(values.budget);
    await page.getByLabel('Durasi (minggu)').fill('10');
    await page.getByLabel('Indikator kinerja (KPI)').fill(values.kpis);
    await page.getByLabel('Tim', { exact: true }).fill('Andi Pratama — manajer proyek\nSari Wulandari — pengembang');
  }

  /** The agency officer's review form: a decision and its note. */
  async function decide(page: Page, decision: string, note: string) {
    await page.getByLabel('Keputusan').selectOption({ label: decision });
    await page.getByLabel('Catatan untuk pengusul').fill(note);
    await page.getByRole('button', { name: 'Simpan tinjauan' }).click();
  }

  async function historyRows(page: Page): Promise<string[][]> {
    const rows = page.getByRole('region', { name: 'Riwayat' }).locator('tbody tr');
    return rows.evaluateAll((elements) => elements.map((row) => Array.from(row.querySelectorAll('td'), (cell) => cell.textContent?.trim() ?? '').slice(1)));
  }

  it('goes from draft to accepted through changes, shows on the innovation page, and refuses who may not act', async () => {
    const { context, page, pageErrors } = await as(partner);
    await page.goto('/inovasi');
    await page.getByRole('link', { name: innovationTitle }).click();
    await page.getByRole('heading', { level: 1, name: innovationTitle }).waitFor();
    const innovationPath = new URL(page.url()).pathname;
    await page.getByRole('link', { name: 'Usulkan uji coba' }).click();
    await page.getByRole('heading', { level: 1, name: 'Usulkan uji coba' }).waitFor();
    const formPath = `${new URL(page.url()).pathname}${new URL(page.url()).search}`;
    await expect(page.getByLabel('Organisasi pengusul').inputValue()).resolves.not.toBe('');

    // With JavaScript the shared rules answer before anything is sent, next to the fields.
    await fillProposal(page, { budget: 'banyak', kpis: '' });
    await page.getByRole('button', { name: 'Simpan draf' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Isian tidak valid.');
    await expect(page.locator('#proposal-kpis-error').textContent()).resolves.toBe('Wajib diisi.');
    await expect(page.getByLabel('Judul usulan').inputValue()).resolves.toBe(proposalTitle);

    await page.getByLabel('Anggaran (rupiah)').fill('150.000.000');
    await page.getByLabel('Indikator kinerja (KPI)').fill('90% siswa kelas XII terekam sebelum lulus\nWaktu tunggu di sekolah di bawah 15 menit');
    await page.getByRole('button', { name: 'Simpan draf' }).click();
    await page.getByText('Draf disimpan.').waitFor();
    await page.getByRole('heading', { level: 1, name: proposalTitle }).waitFor();
    await expect(page.locator('.proposal-page .meta .badge').textContent()).resolves.toBe('Draf');
    await expect(page.getByText('Rp 150.000.000').isVisible()).resolves.toBe(true);
    const proposalPath = new URL(page.url()).pathname;

    // A draft is the partner's alone: the agency's officer and another agency's get the 404 page.
    for (const outsider of [officer, otherAgencyOfficer]) {
      const other = await as(outsider);
      const response = await other.page.goto(proposalPath);
      expect(response?.status()).toBe(404);
      await other.page.getByRole('heading', { level: 1, name: 'Halaman tidak ditemukan' }).waitFor();
      await other.context.close();
    }

    await page.getByRole('link', { name: 'Ubah atau kirim draf' }).click();
    await expect(page.getByLabel('Anggaran (rupiah)').inputValue()).resolves.toBe('150000000');
    await page.getByRole('button', { name: 'Kirim usulan' }).click();
    await page.getByText('Usulan dikirim ke instansi untuk ditinjau.').waitFor();
    await expect(page.locator('.proposal-page .meta .badge').textContent()).resolves.toBe('Diajukan');
    await page.getByRole('navigation').getByRole('link', { name: 'Usulan uji coba', exact: true }).click();
    await page.getByRole('link', { name: 'Usulan PT Nusantara Digital Solusi' }).click();
    await page.getByRole('heading', { level: 1, name: 'Usulan PT Nusantara Digital Solusi' }).waitFor();
    await expect(page.getByRole('row', { name: new RegExp(proposalTitle) }).getByText('Diajukan').isVisible()).resolves.toBe(true);
    expect(pageErrors).toEqual([]);

    // Submitted: still nobody outside the two organisations, signed in or not.
    for (const outsider of [null, otherAgencyOfficer]) {
      const other = await as(outsider);
      expect((await other.page.goto(proposalPath))?.status()).toBe(404);
      await other.context.close();
    }
    const citizen = await as(demoCitizen);
    expect((await citizen.page.goto(formPath))?.status()).toBe(403);
    await citizen.page.getByRole('heading', { level: 1, name: 'Siapa yang dapat mengusulkan uji coba' }).waitFor();
    expect(await citizen.page.getByLabel('Judul usulan').count()).toBe(0);
    await citizen.context.close();

    // The agency's officer finds it in the review queue and asks for changes, with a note.
    const reviewer = await as(officer);
    await reviewer.page.goto('/usulan-pilot');
    await reviewer.page.getByRole('link', { name: 'Antrean tinjauan Dinas Kependudukan dan Pencatatan Sipil Kota Bandung' }).click();
    await reviewer.page.getByRole('heading', { level: 1, name: 'Antrean tinjauan Dinas Kependudukan dan Pencatatan Sipil Kota Bandung' }).waitFor();
    await reviewer.page.getByRole('link', { name: proposalTitle }).click();
    await reviewer.page.getByRole('heading', { level: 1, name: proposalTitle }).waitFor();
    const decisions = await reviewer.page.getByLabel('Keputusan').locator('option').allTextContents();
    expect(decisions).toEqual(['Pilih keputusan', 'Mulai tinjau', 'Minta perbaikan', 'Terima', 'Tolak']);
    await reviewer.page.getByLabel('Keputusan').selectOption({ label: 'Minta perbaikan' });
    await reviewer.page.getByRole('button', { name: 'Simpan tinjauan' }).click();
    await expect(reviewer.page.locator('#review-note-error').textContent()).resolves.toBe('Wajib diisi.');
    await decide(reviewer.page, 'Minta perbaikan', 'Mohon rinci biaya alat rekam per sekolah.');
    await reviewer.page.getByText('Tinjauan disimpan').waitFor();
    await expect(reviewer.page.locator('.proposal-page .meta .badge').textContent()).resolves.toBe('Perlu perbaikan');
    expect(await reviewer.page.getByRole('button', { name: 'Simpan tinjauan' }).count()).toBe(0);
    await reviewer.page.getByLabel('Tulis komentar').fill('Kami juga perlu daftar sekolah sasaran.');
    await reviewer.page.getByRole('button', { name: 'Kirim komentar' }).click();
    await reviewer.page.getByText('Komentar terkirim.').waitFor();
    expect(reviewer.pageErrors).toEqual([]);
    await reviewer.context.close();
    await context.close();

    // Without JavaScript the partner revises: a refused form comes back with the errors and what was typed.
    const plain = await as(partner, { javaScriptEnabled: false });
    await plain.page.goto(proposalPath);
    await plain.page.locator('.comment-list').getByRole('paragraph').filter({ hasText: 'Kami juga perlu daftar sekolah sasaran.' }).waitFor();
    await plain.page.getByRole('link', { name: 'Perbaiki dan kirim ulang' }).click();
    await plain.page.getByLabel('Anggaran (rupiah)').fill('seratus juta');
    await plain.page.getByLabel('Apa yang berubah').fill('Biaya alat rekam dirinci per sekolah.');
    await plain.page.getByRole('button', { name: 'Kirim ulang usulan' }).click();
    await expect(plain.page.locator('#proposal-budgetRupiah-error').textContent()).resolves.toBe('Isian tidak valid.');
    await expect(plain.page.getByLabel('Anggaran (rupiah)').inputValue()).resolves.toBe('seratus juta');
    await expect(plain.page.getByLabel('Apa yang berubah').inputValue()).resolves.toBe('Biaya alat rekam dirinci per sekolah.');
    await plain.page.getByLabel('Anggaran (rupiah)').fill('Rp 140.000.000');
    await plain.page.getByRole('button', { name: 'Kirim ulang usulan' }).click();
    await plain.page.getByText('Usulan dikirim ke instansi untuk ditinjau.').waitFor();
    await expect(plain.page.getByText('Rp 140.000.000').isVisible()).resolves.toBe(true);
    await plain.context.close();

    // Another officer of the agency accepts it.
    const acceptor = await as(otherOfficer);
    await acceptor.page.goto(proposalPath);
    await decide(acceptor.page, 'Terima', 'Disetujui untuk uji coba di tiga SMA.');
    await acceptor.page.getByText('Tinjauan disimpan').waitFor();
    await expect(acceptor.page.locator('.proposal-page .meta .badge').textContent()).resolves.toBe('Diterima');
    await acceptor.context.close();

    // Accepted: public on the innovation's page, with its whole history.
    const visitor = await as(null);
    await visitor.page.goto(innovationPath);
    const section = visitor.page.getByRole('region', { name: 'Usulan uji coba' });
    await section.getByRole('link', { name: proposalTitle }).click();
    await visitor.page.getByRole('heading', { level: 1, name: proposalTitle }).waitFor();
    expect(await historyRows(visitor.page)).toEqual([
      ['Andi Pratama', 'Dibuat → Draf', ''],
      ['Andi Pratama', 'Draf → Diajukan', ''],
      ['Hendra Gunawan', 'Diajukan → Perlu perbaikan', 'Mohon rinci biaya alat rekam per sekolah.'],
      ['Andi Pratama', 'Perlu perbaikan → Diajukan', 'Biaya alat rekam dirinci per sekolah.'],
      ['Yuni Kartika', 'Diajukan → Diterima', 'Disetujui untuk uji coba di tiga SMA.'],
    ]);
    expect(await visitor.page.getByRole('button', { name: 'Simpan tinjauan' }).count()).toBe(0);
    await screenshot(visitor.page, 'pilot-proposal-accepted');
    expect(visitor.pageErrors).toEqual([]);
    await visitor.context.close();
  });

  it('lets the partner withdraw a submitted proposal with a note, which ends its review', async () => {
    const { context, page, pageErrors } = await as(partner);
    await page.goto('/inovasi');
    await page.getByRole('link', { name: 'Akta kelahiran dari rumah sakit' }).click();
    await page.getByRole('link', { name: 'Usulkan uji coba' }).click();
    await fillProposal(page, { budget: '30000000', kpis: 'Akta terbit sebelum ibu pulang dari rumah sakit' });
    await page.getByRole('button', { name: 'Kirim usulan' }).click();
    await page.getByText('Usulan dikirim ke instansi untuk ditinjau.').waitFor();
    await page.getByLabel('Alasan menarik usulan').fill('Tim kami belum siap tahun ini.');
    await page.getByRole('button', { name: 'Tarik usulan' }).click();
    await page.getByText('Usulan ditarik.').waitFor();
    await expect(page.locator('.proposal-page .meta .badge').textContent()).resolves.toBe('Ditarik');
    expect(await page.getByRole('button', { name: 'Tarik usulan' }).count()).toBe(0);
    expect((await historyRows(page)).at(-1)).toEqual(['Andi Pratama', 'Diajukan → Ditarik', 'Tim kami belum siap tahun ini.']);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it("accepts a proposal for an idea, then the agency's officer creates the innovation from the idea", async () => {
    const proposer = await as(partner);
    await proposer.page.goto(`/gagasan?q=${encodeURIComponent(ideaTitle)}`);
    await proposer.page.getByRole('link', { name: ideaTitle }).click();
    await proposer.page.getByRole('link', { name: 'Usulkan uji coba' }).click();
    await fillProposal(proposer.page, { budget: '45000000', kpis: 'Kepuasan warga di loket naik 10 poin' });
    await proposer.page.getByLabel('Judul usulan').fill('Uji coba pelatihan pelayanan prima di lima kecamatan');
    await proposer.page.getByRole('button', { name: 'Kirim usulan' }).click();
    await proposer.page.getByText('Usulan dikirim ke instansi untuk ditinjau.').waitFor();
    const proposalPath = new URL(proposer.page.url()).pathname;
    expect(await proposer.page.getByRole('heading', { name: 'Buat inovasi dari gagasan ini' }).count()).toBe(0);
    await proposer.context.close();

    const reviewer = await as(officer);
    await reviewer.page.goto(proposalPath);
    await decide(reviewer.page, 'Terima', 'Diterima; mulai dari Kecamatan Coblong.');
    await reviewer.page.getByRole('heading', { name: 'Buat inovasi dari gagasan ini' }).waitFor();
    await expect(reviewer.page.getByLabel('Nama inovasi').inputValue()).resolves.toBe(ideaTitle);
    await reviewer.page.getByRole('button', { name: 'Buat inovasi' }).click();
    await reviewer.page.getByRole('heading', { level: 1, name: ideaTitle }).waitFor();
    expect(new URL(reviewer.page.url()).pathname).toMatch(/^\/inovasi\//);
    await reviewer.page.getByText('Inovasi dibuat dari gagasan ini.').waitFor();
    await expect(reviewer.page.getByRole('region', { name: 'Usulan uji coba' }).getByRole('link', { name: 'Uji coba pelatihan pelayanan prima di lima kecamatan' }).isVisible()).resolves.toBe(true);

    // The idea has its innovation now: the panel is gone.
    await reviewer.page.goto(proposalPath);
    await reviewer.page.getByRole('heading', { name: 'Riwayat' }).waitFor();
    expect(await reviewer.page.getByRole('heading', { name: 'Buat inovasi dari gagasan ini' }).count()).toBe(0);
    expect(reviewer.pageErrors).toEqual([]);
    await reviewer.context.close();
  });
});
