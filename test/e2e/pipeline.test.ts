import { describe, expect, it } from 'vitest';
import { browserJourney, openContext, screenshot, signInThroughForm as signIn } from '../support/browser.js';
import { demoCitizen, demoPassword } from '../support/built-app.js';

describe('web: innovations and the pipeline board in a browser', () => {
  // Every browser here comes from 127.0.0.1: the per-address limits would otherwise count all three people as one.
  const journey = browserJourney({ RATE_LIMIT_WRITES_PER_ADDRESS_PER_MINUTE: '1000', RATE_LIMIT_LOGIN_ATTEMPTS_PER_ADDRESS: '100' });

  it('anyone reads the innovations and an innovation’s stage, KPIs, legal basis and timeline', async () => {
    const { context, page, pageErrors } = await openContext(journey.browser, journey.app.url);
    await page.goto('/');
    await page.getByRole('navigation').getByRole('link', { name: 'Inovasi', exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Inovasi pelayanan publik' }).waitFor();
    await page.getByLabel('Tahap').selectOption({ label: 'Terlembagakan' });
    await page.getByRole('button', { name: 'Tampilkan' }).click();
    await page.getByRole('link', { name: 'Akta kelahiran dari rumah sakit' }).click();
    await page.getByRole('heading', { level: 1, name: 'Akta kelahiran dari rumah sakit' }).waitFor();
    await expect(page.getByRole('region', { name: 'Dasar hukum' }).getByText(/Peraturan Wali Kota Bandung Nomor 12 Tahun 2025/).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('row', { name: /Akta terbit sebelum ibu pulang/ }).isVisible()).resolves.toBe(true);
    const satisfaction = page.getByRole('region', { name: 'Kepuasan masyarakat (IKM) atas layanan sasaran' });
    await expect(satisfaction.getByText('IKM 78,40 (B)').isVisible()).resolves.toBe(true);
    await expect(satisfaction.getByText('IKM 88,88 (A)').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('region', { name: /^Komentar \(\d+\)$/ }).getByRole('link', { name: 'Masuk untuk berkomentar.' }).isVisible()).resolves.toBe(true);
    const timeline = page.getByRole('region', { name: 'Linimasa' });
    expect(await timeline.getByRole('listitem').count()).toBe(6);
    await expect(timeline.getByText('Evaluasi → Terlembagakan').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('form', { name: /Pindahkan/ }).count()).resolves.toBe(0);
    await screenshot(page, 'innovation-page');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('an officer sees a refused move explained, records what is missing, then moves the innovation', async () => {
    const { context, page, pageErrors } = await openContext(journey.browser, journey.app.url);
    await signIn(page, { email: 'lina@bapenda.surabaya.go.id', password: demoPassword });
    await page.goto('/organisasi/bapenda-kota-surabaya/inovasi');
    await page.getByRole('heading', { level: 1, name: /Papan inovasi/ }).waitFor();
    const evaluation = page.getByRole('region', { name: /^Evaluasi/ });
    await expect(evaluation.getByRole('link', { name: 'Bayar PBB lewat QRIS' }).isVisible()).resolves.toBe(true);

    const move = page.getByRole('form', { name: 'Pindahkan Bayar PBB lewat QRIS' });
    await move.getByLabel('Pindahkan ke').selectOption({ label: 'Terlembagakan' });
    await move.getByRole('button', { name: 'Pindahkan' }).click();
    const refusal = page.getByRole('form', { name: 'Pindahkan Bayar PBB lewat QRIS' }).getByRole('alert').filter({ hasText: 'Yang masih kurang' });
    await refusal.waitFor();
    await expect(refusal.getByText('Laporan evaluasi').isVisible()).resolves.toBe(true);
    await expect(refusal.getByText(/Dasar hukum pelembagaan/).isVisible()).resolves.toBe(true);
    await screenshot(page, 'pipeline-board-refusal');

    // Each missing item links to the field of the editor where it is filled in.
    await refusal.getByRole('link', { name: 'Laporan evaluasi' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ubah inovasi' }).waitFor();
    expect(new URL(page.url()).hash).toBe('#content-evaluationReport');
    const content = page.getByRole('region', { name: 'Isi inovasi' });
    await content.getByLabel('Laporan evaluasi').fill('Enam bulan implementasi: 58% pembayaran PBB lewat kanal digital, transaksi gagal 1,8 per 1.000.');
    await content.getByRole('button', { name: 'Simpan' }).click();
    await page.getByRole('status').filter({ hasText: 'Isi inovasi disimpan.' }).waitFor();
    const legal = page.getByRole('region', { name: 'Dasar hukum' });
    await legal.getByLabel('Jenis peraturan').selectOption('REGIONAL_HEAD_REGULATION');
    await legal.getByLabel('Nomor dan judul peraturan').fill('Peraturan Wali Kota Surabaya Nomor 31 Tahun 2026');
    await legal.getByLabel(/Tanggal ditetapkan/).fill('2026-11-02');
    await legal.getByRole('button', { name: 'Simpan dasar hukum' }).click();
    await page.getByRole('status').filter({ hasText: 'Dasar hukum disimpan.' }).waitFor();
    await page.getByRole('link', { name: 'Kembali ke halaman inovasi' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bayar PBB lewat QRIS' }).waitFor();
    await expect(page.getByText('Semua syarat terpenuhi').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('region', { name: 'Dasar hukum' }).getByText(/ditetapkan 2 November 2026/).isVisible()).resolves.toBe(true);

    const moveHere = page.getByRole('form', { name: 'Pindahkan Bayar PBB lewat QRIS' });
    await moveHere.getByLabel('Pindahkan ke').selectOption({ label: 'Terlembagakan' });
    await moveHere.getByLabel(/Catatan/).fill('Ditetapkan dengan Peraturan Wali Kota Surabaya Nomor 31 Tahun 2026.');
    await moveHere.getByRole('button', { name: 'Pindahkan' }).click();
    await page.getByRole('status').filter({ hasText: 'Tahap inovasi diperbarui.' }).waitFor();
    await expect(page.getByRole('region', { name: 'Linimasa' }).getByText('Evaluasi → Terlembagakan').isVisible()).resolves.toBe(true);
    // The refused move is answered 400 (a refused form, by design), which the browser logs; nothing else may be.
    expect(pageErrors.filter((error) => !error.includes('status of 400'))).toEqual([]);
    await context.close();
  });

  it('an officer creates an innovation from a written need; a citizen cannot move it', async () => {
    const { context, page, pageErrors } = await openContext(journey.browser, journey.app.url);
    await signIn(page, { email: 'wahyu@dpmptsp.slemankab.go.id', password: demoPassword });
    await page.goto('/organisasi/dpmptsp-kabupaten-sleman/inovasi');
    const create = page.getByRole('region', { name: 'Inovasi baru' });
    await create.getByLabel('Judul inovasi').fill('Izin usaha mikro lewat WhatsApp');
    await create.getByRole('button', { name: 'Buat inovasi' }).click();
    await create.getByRole('alert').waitFor();
    await expect(create.getByRole('alert').getByText('Wajib diisi.').isVisible()).resolves.toBe(true);
    await create.getByLabel('Analisis kebutuhan').fill('Separuh pelaku usaha mikro di Sleman hanya memakai WhatsApp untuk berurusan dengan pemerintah.');
    await create.getByRole('button', { name: 'Buat inovasi' }).click();
    await page.getByRole('heading', { level: 1, name: 'Izin usaha mikro lewat WhatsApp' }).waitFor();
    await expect(page.getByRole('status').filter({ hasText: 'Inovasi dibuat.' }).isVisible()).resolves.toBe(true);
    const address = new URL(page.url()).pathname;

    // Empty sections are folded to one line each; the stepper marks the first stage as the current one.
    await expect(page.getByRole('region', { name: 'Belum diisi' }).getByRole('listitem').count()).resolves.toBeGreaterThan(5);
    await expect(page.getByRole('list', { name: 'Tahap inovasi' }).locator('[aria-current="step"]').textContent()).resolves.toContain('Identifikasi kebutuhan');
    await page.getByRole('link', { name: 'Ubah inovasi' }).click();
    const adoption = page.getByRole('region', { name: 'Daftar periksa adopsi' });
    const socialisation = adoption.getByRole('group', { name: 'Sosialisasi kepada pegawai' });
    await socialisation.getByLabel(/^Bukti/).fill('Surat Kepala Dinas Nomor 500/1021 kepada seluruh petugas loket');
    await socialisation.getByLabel(/^Tanggal dilakukan/).fill('2026-11-20');
    await adoption.getByRole('button', { name: 'Simpan daftar periksa' }).click();
    await page.getByRole('status').filter({ hasText: 'Daftar periksa adopsi disimpan.' }).waitFor();

    // KPIs: a bad number names its field; a KPI, its result and a milestone done, without leaving the editor.
    const newKpi = page.getByRole('form', { name: 'KPI baru' });
    await newKpi.getByLabel('Indikator').fill('Izin terbit dalam satu hari');
    await newKpi.getByLabel('Baseline').fill('dua');
    await newKpi.getByLabel('Target').fill('90');
    await newKpi.getByRole('button', { name: 'Tambah KPI' }).click();
    await expect(newKpi.getByRole('alert').getByRole('link', { name: 'Isian tidak valid.' }).isVisible()).resolves.toBe(true);
    await newKpi.getByLabel('Baseline').fill('12,5');
    await newKpi.getByLabel(/Satuan/).fill('%');
    await newKpi.getByRole('button', { name: 'Tambah KPI' }).click();
    await page.getByRole('status').filter({ hasText: 'KPI disimpan.' }).waitFor();
    await expect(page.getByRole('form', { name: 'KPI baru' }).getByLabel('Indikator').inputValue()).resolves.toBe('');
    const result = page.getByRole('form', { name: 'Catat hasil Izin terbit dalam satu hari' });
    await result.getByLabel(/Nilai terukur/).fill('64');
    await result.getByLabel('Tanggal pengukuran').fill('2026-11-25');
    await result.getByRole('button', { name: 'Catat hasil' }).click();
    await page.getByRole('status').filter({ hasText: 'Hasil KPI dicatat.' }).waitFor();
    await page.getByRole('region', { name: 'Indikator kinerja (KPI)' }).getByText('KPI ini sudah punya hasil terukur').waitFor();
    await expect(page.getByRole('button', { name: 'Hapus KPI Izin terbit dalam satu hari' }).count()).resolves.toBe(0);
    const newMilestone = page.getByRole('form', { name: 'Tonggak baru' });
    await newMilestone.getByLabel('Tonggak').fill('Nomor WhatsApp resmi aktif');
    await newMilestone.getByLabel('Tenggat').fill('2026-12-15');
    await newMilestone.getByRole('button', { name: 'Tambah tonggak' }).click();
    await page.getByRole('status').filter({ hasText: 'Tonggak disimpan.' }).waitFor();
    await page.getByRole('button', { name: 'Tandai selesai: Nomor WhatsApp resmi aktif' }).click();
    await page.getByRole('status').filter({ hasText: 'Tonggak ditandai selesai.' }).waitFor();
    await screenshot(page, 'innovation-editor');

    await page.goto(address);
    const checklist = page.getByRole('region', { name: 'Daftar periksa adopsi' });
    await expect(checklist.getByText(/Surat Kepala Dinas Nomor 500\/1021/).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('row', { name: /Izin terbit dalam satu hari/ }).getByText(/64 %/).isVisible()).resolves.toBe(true);
    await expect(page.getByText('Kemajuan tonggak: 100%').isVisible()).resolves.toBe(true);
    await context.close();

    const citizen = await openContext(journey.browser, journey.app.url);
    await signIn(citizen.page, demoCitizen);
    await citizen.page.goto(address);
    await citizen.page.getByRole('heading', { level: 1, name: 'Izin usaha mikro lewat WhatsApp' }).waitFor();
    await expect(citizen.page.getByRole('form', { name: /Pindahkan/ }).count()).resolves.toBe(0);
    await expect(citizen.page.getByRole('link', { name: 'Ubah inovasi' }).count()).resolves.toBe(0);
    const refused = await citizen.page.goto(`${address}/ubah`);
    expect(refused?.status()).toBe(403);
    expect([...pageErrors, ...citizen.pageErrors]).toEqual([]);
    await citizen.context.close();
  });

  it('the editor works without JavaScript: a bad result is named on its field, the idea search is a plain GET', async () => {
    const { context, page, pageErrors } = await openContext(journey.browser, journey.app.url, { javaScriptEnabled: false });
    await signIn(page, { email: 'wahyu@dpmptsp.slemankab.go.id', password: demoPassword });
    await page.goto('/organisasi/dpmptsp-kabupaten-sleman/inovasi');
    const create = page.getByRole('region', { name: 'Inovasi baru' });
    await create.getByLabel('Judul inovasi').fill('Pendampingan OSS di kelurahan');
    await create.getByLabel('Analisis kebutuhan').fill('Pelaku usaha mikro di kelurahan jauh dari MPP dan kesulitan mengisi KBLI di OSS.');
    await create.getByRole('button', { name: 'Buat inovasi' }).click();
    await page.getByRole('heading', { level: 1, name: 'Pendampingan OSS di kelurahan' }).waitFor();
    await page.getByRole('link', { name: 'Ubah inovasi' }).click();

    const newKpi = page.getByRole('form', { name: 'KPI baru' });
    await newKpi.getByLabel('Indikator').fill('NIB terbit lewat pendampingan');
    await newKpi.getByLabel('Baseline').fill('0');
    await newKpi.getByLabel('Target').fill('150');
    await newKpi.getByRole('button', { name: 'Tambah KPI' }).click();
    await page.getByRole('status').filter({ hasText: 'KPI disimpan.' }).waitFor();
    const result = page.getByRole('form', { name: 'Catat hasil NIB terbit lewat pendampingan' });
    await result.getByLabel(/Nilai terukur/).fill('40');
    await result.getByRole('button', { name: 'Catat hasil' }).click();
    const measuredOn = page.getByRole('form', { name: 'Catat hasil NIB terbit lewat pendampingan' }).getByLabel('Tanggal pengukuran');
    await expect(measuredOn.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.getByRole('form', { name: 'Catat hasil NIB terbit lewat pendampingan' }).getByLabel(/Nilai terukur/).inputValue()).resolves.toBe('40');
    await measuredOn.fill('2026-11-27');
    await page.getByRole('form', { name: 'Catat hasil NIB terbit lewat pendampingan' }).getByRole('button', { name: 'Catat hasil' }).click();
    await page.getByRole('status').filter({ hasText: 'Hasil KPI dicatat.' }).waitFor();
    await expect(page.getByRole('article', { name: 'NIB terbit lewat pendampingan' }).getByText(/^40 · 27 November 2026/).isVisible()).resolves.toBe(true);

    const ideas = page.getByRole('region', { name: 'Gagasan asal' });
    await ideas.getByRole('searchbox', { name: 'Cari gagasan untuk ditautkan' }).fill('OSS');
    await ideas.getByRole('button', { name: 'Cari' }).click();
    expect(new URL(page.url()).searchParams.get('gagasan')).toBe('OSS');
    await expect(page.getByRole('list', { name: 'Gagasan yang ditemukan' }).getByRole('link', { name: /OSS/ }).count()).resolves.toBeGreaterThan(0);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
