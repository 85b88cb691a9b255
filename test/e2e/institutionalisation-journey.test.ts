import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserJourney, openContext, screenshot, signInThroughForm as signIn } from '../support/browser.js';
import { demoAdmin, demoCitizen, demoPassword } from '../support/built-app.js';

const owner = { name: 'Ratna Kusumawati', email: 'ratna@dishub.contoh.go.id', password: 'kata-sandi-ratna-2026' };
const agencyName = 'Dinas Perhubungan Kota Contoh';
const serviceName = 'Uji Kendaraan Bermotor';
const innovationTitle = 'Antrean uji KIR daring';
const ideaTitle = 'Antrean uji KIR harus datang sebelum subuh';
const duplicateTitle = 'Antrean uji KIR mengular sejak subuh';
const partner = { email: 'andi@nusantaradigital.co.id', password: demoPassword };
const trainer = { email: 'fajar@lpa-mandiri.ac.id', password: demoPassword };
const staff = { email: 'budi@warga.id', password: demoPassword };
const courseTitle = 'Operator Antrean Uji KIR Daring';

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

/** A day from today in Jakarta, as the date fields take it. */
const dayInJakarta = (days = 0) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date(Date.now() + days * 86_400_000));
/** A `datetime-local` value some days ahead. */
const daysAhead = (days: number, hour: number) => `${dayInJakarta(days)}T${String(hour).padStart(2, '0')}:00`;

/**
 * One innovation of a new agency, from its registration to institutionalisation, through the web pages only: every
 * gate refuses first (the refusal is seen in the page, with links to what is missing), then is met by the people whose
 * part it is — the agency's officer, a citizen, a partner, a training institute and its trainee, survey respondents.
 */
describe('web: an innovation from a citizen’s idea to institutionalisation, in a browser', () => {
  const journey = browserJourney({ RATE_LIMIT_WRITES_PER_ADDRESS_PER_MINUTE: '1000', RATE_LIMIT_LOGIN_ATTEMPTS_PER_ADDRESS: '100' });

  async function as(person: { email: string; password: string } | null, options: BrowserContextOptions = {}) {
    const opened = await openContext(journey.browser, journey.app.url, options);
    if (person) await signIn(opened.page, person);
    return opened;
  }

  /** Tries to move the innovation to the next stage from its page; returns the refusal's list (empty when it moved). */
  async function tryMove(page: Page, innovationPath: string, stage: string, note?: string): Promise<string[]> {
    await page.goto(innovationPath);
    const move = page.getByRole('form', { name: `Pindahkan ${innovationTitle}` });
    await move.getByLabel('Pindahkan ke').selectOption({ label: stage });
    if (note) await move.getByLabel(/Catatan/).fill(note);
    await move.getByRole('button', { name: 'Pindahkan' }).click();
    const refusal = page.getByRole('form', { name: `Pindahkan ${innovationTitle}` }).getByRole('alert').filter({ hasText: 'Yang masih kurang' });
    const moved = page.getByRole('status').filter({ hasText: 'Tahap inovasi diperbarui.' });
    await refusal.or(moved).first().waitFor();
    if (await moved.isVisible()) return [];
    // Shown once: no second list or summary of the same refusal in the form.
    await expect(move.getByRole('alert').count()).resolves.toBe(1);
    return refusal.getByRole('link').allTextContents();
  }

  async function currentStage(page: Page): Promise<string> {
    return (await page.getByRole('list', { name: 'Tahap inovasi' }).locator('[aria-current="step"]').textContent()) ?? '';
  }

  // Some forty pages and forms by eight people: longer than the default limit of one test, on a shared machine.
  it('takes a new agency’s innovation from NEED_IDENTIFIED to INSTITUTIONALIZED, each gate refused before it is met', async () => {
    const errors: string[][] = [];
    const done: Promise<void>[] = [];
    const keep = <T extends { pageErrors: string[]; context: { close(): Promise<void> } }>(opened: T) => {
      errors.push(opened.pageErrors);
      return opened;
    };

    // 1. A new agency registers; its owner is its first officer.
    const agency = keep(await as(null));
    await agency.page.goto('/daftar');
    await agency.page.getByLabel('Nama tampilan').fill(owner.name);
    await agency.page.getByLabel('Email').fill(owner.email);
    await agency.page.getByLabel('Kata sandi').fill(owner.password);
    await agency.page.getByLabel(/menyetujui/).check();
    await agency.page.getByRole('button', { name: 'Daftar' }).click();
    await agency.page.getByRole('button', { name: 'Keluar', exact: true }).waitFor();
    await agency.page.goto('/organisasi/baru');
    await agency.page.getByLabel('Nama organisasi').fill(agencyName);
    await agency.page.getByLabel('Jenis').selectOption({ label: 'Instansi pemerintah' });
    await agency.page.getByLabel('Deskripsi').fill('Dinas yang menguji kelaikan kendaraan bermotor dan mengelola angkutan kota.');
    await agency.page.getByRole('button', { name: 'Buat organisasi' }).click();
    await agency.page.getByRole('heading', { level: 1, name: agencyName }).waitFor();
    const agencyPath = new URL(agency.page.url()).pathname;
    await expect(agency.page.getByText('Belum diverifikasi').first().isVisible()).resolves.toBe(true);

    // 2. The platform admin verifies it in the web.
    const admin = keep(await as(demoAdmin));
    await admin.page.goto('/admin/verifikasi');
    await admin.page.getByRole('link', { name: agencyName, exact: true }).click();
    await admin.page.getByRole('heading', { level: 1, name: agencyName }).waitFor();
    await admin.page.getByRole('button', { name: 'Verifikasi', exact: true }).click();
    await admin.page.getByRole('button', { name: 'Konfirmasi verifikasi' }).click();
    await admin.page.getByText(`${agencyName} telah diverifikasi.`).waitFor();
    done.push(admin.context.close());

    // The owner adds the service the innovation improves.
    await agency.page.goto(agencyPath);
    const addService = agency.page.locator('form', { has: agency.page.getByRole('button', { name: 'Tambah layanan' }) });
    await addService.getByLabel('Nama layanan').fill(serviceName);
    await addService.getByLabel(/Jumlah penerima layanan/).fill('1200');
    await addService.getByRole('button', { name: 'Tambah layanan' }).click();
    await agency.page.getByText('Layanan ditambahkan.').waitFor();
    await agency.page.getByRole('region', { name: 'Layanan publik' }).getByRole('link', { name: serviceName }).click();
    await agency.page.getByRole('heading', { level: 1, name: serviceName }).waitFor();
    const servicePath = new URL(agency.page.url()).pathname;

    // 3. Two citizens name the same problem, addressed to the agency through its service.
    for (const [person, title] of [[demoCitizen, ideaTitle], [staff, duplicateTitle]] as const) {
      const citizen = keep(await as(person));
      await citizen.page.goto('/gagasan/baru');
      await citizen.page.getByLabel('Judul', { exact: true }).fill(title);
      await citizen.page.getByLabel('Uraian').fill('Pemilik angkot harus antre sejak pukul empat pagi untuk uji KIR; sebagian pulang tanpa diuji karena kuota habis.');
      await citizen.page.getByLabel('Layanan publik terkait').selectOption({ label: `${serviceName} — ${agencyName}` });
      await citizen.page.getByRole('button', { name: 'Kirim gagasan' }).click();
      await citizen.page.getByRole('heading', { level: 1, name: title }).waitFor();
      done.push(citizen.context.close());
    }

    // The officer merges the duplicate into the first idea, picking it by a search of titles.
    await agency.page.goto(`/gagasan?q=${encodeURIComponent(duplicateTitle)}`);
    await agency.page.getByRole('link', { name: duplicateTitle }).click();
    await agency.page.getByRole('heading', { level: 1, name: duplicateTitle }).waitFor();
    const review = agency.page.getByRole('region', { name: 'Tinjau gagasan' });
    await review.getByRole('search', { name: 'Cari gagasan tujuan penggabungan' }).getByRole('searchbox').fill('subuh');
    await review.getByRole('search').getByRole('button', { name: 'Cari' }).click();
    await review.getByRole('radio', { name: ideaTitle }).check();
    await expect(review.getByRole('radio', { name: duplicateTitle }).count()).resolves.toBe(0);
    await review.getByLabel('Keputusan').selectOption('MERGED');
    await review.getByRole('button', { name: 'Simpan keputusan' }).click();
    await agency.page.getByRole('status').filter({ hasText: 'Keputusan disimpan.' }).waitFor();
    await expect(agency.page.getByRole('link', { name: `Digabungkan ke ${ideaTitle}` }).isVisible()).resolves.toBe(true);

    // 4. The officer starts the innovation on the agency's board and links the citizen's idea by searching it.
    await agency.page.goto(`${agencyPath}/inovasi`);
    const create = agency.page.getByRole('region', { name: 'Inovasi baru' });
    await create.getByLabel('Judul inovasi').fill(innovationTitle);
    await create.getByLabel('Layanan sasaran').selectOption({ label: serviceName });
    await create.getByLabel('Analisis kebutuhan').fill('Rata-rata pemilik kendaraan menunggu 4 jam; 30% datang dua kali karena kuota harian habis.');
    await create.getByRole('button', { name: 'Buat inovasi' }).click();
    await agency.page.getByRole('heading', { level: 1, name: innovationTitle }).waitFor();
    const innovationPath = new URL(agency.page.url()).pathname;
    expect(await currentStage(agency.page)).toContain('Identifikasi kebutuhan');

    // NEED_IDENTIFIED → DEVELOPMENT: refused for the problem statement; its link leads to the field.
    expect(await tryMove(agency.page, innovationPath, 'Pengembangan inovasi')).toEqual(['Rumusan masalah']);
    await agency.page.getByRole('form', { name: `Pindahkan ${innovationTitle}` }).getByRole('link', { name: 'Rumusan masalah' }).click();
    await agency.page.getByRole('heading', { level: 1, name: 'Ubah inovasi' }).waitFor();
    expect(new URL(agency.page.url()).hash).toBe('#content-problemStatement');
    const content = agency.page.getByRole('region', { name: 'Isi inovasi' });
    await content.getByLabel('Rumusan masalah').fill('Antrean uji KIR tidak dapat diperkirakan: pemilik kendaraan kehilangan setengah hari kerja.');
    await content.getByRole('button', { name: 'Simpan' }).click();
    await agency.page.getByRole('status').filter({ hasText: 'Isi inovasi disimpan.' }).waitFor();
    const ideas = agency.page.getByRole('region', { name: 'Gagasan asal' });
    await ideas.getByRole('searchbox', { name: 'Cari gagasan untuk ditautkan' }).fill('KIR');
    await ideas.getByRole('button', { name: 'Cari' }).click();
    await ideas.getByRole('button', { name: `Tautkan ${ideaTitle}` }).click();
    await agency.page.getByRole('status').filter({ hasText: 'Gagasan ditautkan ke inovasi ini.' }).waitFor();
    await expect(agency.page.getByRole('region', { name: 'Gagasan asal' }).getByRole('link', { name: ideaTitle }).first().isVisible()).resolves.toBe(true);
    expect(await tryMove(agency.page, innovationPath, 'Pengembangan inovasi')).toEqual([]);

    // DEVELOPMENT → TRIAL: refused for a pilot plan; a partner's pilot proposal is submitted and accepted.
    expect(await tryMove(agency.page, innovationPath, 'Uji coba')).toEqual([
      'Rencana uji coba internal (atau usulan uji coba mitra yang diterima)',
      'Indikator kinerja (KPI) untuk uji coba internal (atau usulan uji coba mitra yang diterima)',
    ]);
    const proposer = keep(await as(partner));
    await proposer.page.goto(innovationPath);
    await proposer.page.getByRole('link', { name: 'Usulkan uji coba' }).click();
    await proposer.page.getByLabel('Judul usulan').fill('Uji coba antrean KIR daring di satu unit pengujian');
    await proposer.page.getByLabel('Ringkasan', { exact: true }).fill('Pemilik kendaraan memilih jam uji lewat aplikasi; petugas memanggil nomor antrean di layar.');
    await proposer.page.getByLabel('Anggaran (rupiah)').fill('85.000.000');
    await proposer.page.getByLabel('Durasi (minggu)').fill('8');
    await proposer.page.getByLabel('Indikator kinerja (KPI)').fill('Waktu tunggu di bawah 45 menit');
    await proposer.page.getByLabel('Tim', { exact: true }).fill('Andi Pratama — manajer proyek');
    await proposer.page.getByRole('button', { name: 'Kirim usulan' }).click();
    await proposer.page.getByText('Usulan dikirim ke instansi untuk ditinjau.').waitFor();
    const proposalPath = new URL(proposer.page.url()).pathname;
    done.push(proposer.context.close());
    await agency.page.goto(proposalPath);
    await agency.page.getByLabel('Keputusan').selectOption({ label: 'Terima' });
    await agency.page.getByLabel('Catatan untuk pengusul').fill('Diterima; mulai di unit pengujian Terminal Utara.');
    await agency.page.getByRole('button', { name: 'Simpan tinjauan' }).click();
    await agency.page.getByRole('status').filter({ hasText: 'Tinjauan disimpan' }).waitFor();
    expect(await tryMove(agency.page, innovationPath, 'Uji coba')).toEqual([]);

    // TRIAL → IMPLEMENTATION: refused for the trial's result against its KPIs; KPIs, results and milestones recorded.
    expect(await tryMove(agency.page, innovationPath, 'Implementasi dan adopsi')).toEqual(['Hasil uji coba tercatat', 'Hasil terukur untuk setiap KPI']);
    await agency.page.goto(`${innovationPath}/ubah`);
    for (const kpi of [
      { name: 'Waktu tunggu rata-rata', unit: 'menit', baseline: '240', target: '45' },
      { name: 'Pemilik datang lebih dari sekali', unit: '%', baseline: '30', target: '5' },
    ]) {
      const add = agency.page.getByRole('form', { name: 'KPI baru' });
      await add.getByLabel('Indikator').fill(kpi.name);
      await add.getByLabel(/Satuan/).fill(kpi.unit);
      await add.getByLabel('Baseline').fill(kpi.baseline);
      await add.getByLabel('Target').fill(kpi.target);
      await add.getByRole('button', { name: 'Tambah KPI' }).click();
      await agency.page.getByRole('form', { name: `Catat hasil ${kpi.name}` }).waitFor();
    }
    async function recordResult(kpi: string, value: string, measuredOn: string) {
      const form = agency.page.getByRole('form', { name: `Catat hasil ${kpi}` });
      await form.getByLabel(/Nilai terukur/).fill(value);
      await form.getByLabel('Tanggal pengukuran').fill(measuredOn);
      await form.getByRole('button', { name: 'Catat hasil' }).click();
      await agency.page.getByRole('region', { name: 'Indikator kinerja (KPI)' }).getByRole('article', { name: kpi }).getByText(new RegExp(`^${value} `)).first().waitFor();
    }
    await recordResult('Waktu tunggu rata-rata', '50', dayInJakarta(-1));
    await recordResult('Pemilik datang lebih dari sekali', '8', dayInJakarta(-1));
    for (const [title, due] of [['Aplikasi antrean siap', dayInJakarta(-10)], ['Uji coba di Terminal Utara selesai', dayInJakarta(-1)]] as const) {
      const add = agency.page.getByRole('form', { name: 'Tonggak baru' });
      await add.getByLabel('Tonggak').fill(title);
      await add.getByLabel('Tenggat').fill(due);
      await add.getByRole('button', { name: 'Tambah tonggak' }).click();
      await agency.page.getByRole('button', { name: `Tandai selesai: ${title}` }).click();
      await agency.page.getByRole('article', { name: `✓ ${title}` }).waitFor();
    }
    await agency.page.getByRole('region', { name: 'Isi inovasi' }).getByLabel('Hasil uji coba').fill('Waktu tunggu turun menjadi 50 menit; kunjungan ulang 8%.');
    await agency.page.getByRole('region', { name: 'Isi inovasi' }).getByRole('button', { name: 'Simpan' }).click();
    await agency.page.getByRole('status').filter({ hasText: 'Isi inovasi disimpan.' }).waitFor();
    expect(await tryMove(agency.page, innovationPath, 'Implementasi dan adopsi')).toEqual([]);
    await expect(agency.page.getByText('Kemajuan tonggak: 100%').isVisible()).resolves.toBe(true);

    // IMPLEMENTATION → EVALUATION: refused for the adoption checklist; training comes from a course's completions.
    expect(await tryMove(agency.page, innovationPath, 'Evaluasi')).toEqual([
      'Sosialisasi kepada pegawai, dengan bukti dan tanggal',
      'Pelatihan pegawai: pelatihan tertaut dengan peserta lulus, atau pelatihan tercatat',
      'Kanal umpan balik publik dibuka, dengan bukti dan tanggal',
    ]);
    await agency.page.getByRole('form', { name: `Pindahkan ${innovationTitle}` }).getByRole('link', { name: /^Sosialisasi/ }).click();
    const adoption = agency.page.getByRole('region', { name: 'Daftar periksa adopsi' });
    await adoption.waitFor();
    const socialisation = adoption.getByRole('group', { name: 'Sosialisasi kepada pegawai' });
    await socialisation.getByLabel(/^Bukti/).fill('Surat Edaran Kepala Dinas Nomor 551/77 kepada seluruh penguji');
    await socialisation.getByLabel(/^Tanggal dilakukan/).fill(dayInJakarta());
    const feedback = adoption.getByRole('group', { name: 'Kanal umpan balik publik' });
    await feedback.getByLabel(/^Bukti/).fill('Formulir umpan balik di aplikasi antrean dan WhatsApp 0811-5550-1234');
    await feedback.getByLabel(/^Tanggal dilakukan/).fill(dayInJakarta());
    await adoption.getByRole('button', { name: 'Simpan daftar periksa' }).click();
    await agency.page.getByRole('status').filter({ hasText: 'Daftar periksa adopsi disimpan.' }).waitFor();
    expect(await tryMove(agency.page, innovationPath, 'Evaluasi')).toEqual(['Pelatihan pegawai: pelatihan tertaut dengan peserta lulus, atau pelatihan tercatat']);

    const institute = keep(await as(trainer));
    await institute.page.goto('/organisasi/lpa-mandiri');
    await institute.page.getByRole('link', { name: 'Pelatihan baru' }).click();
    await institute.page.getByLabel('Judul', { exact: true }).fill(courseTitle);
    await institute.page.getByLabel('Ringkasan').fill('Mengoperasikan antrean daring uji KIR dan melayani pemilik kendaraan yang datang tanpa nomor.');
    await institute.page.getByLabel('Format').selectOption({ label: 'Tatap muka' });
    await institute.page.getByLabel('Kapasitas (jumlah kursi)').fill('20');
    const session = institute.page.getByRole('group', { name: 'Sesi 1', exact: true });
    await session.getByLabel('Mulai').fill(daysAhead(3, 9));
    await session.getByLabel('Selesai').fill(daysAhead(3, 15));
    await session.getByLabel('Tempat atau tautan').fill('Unit Pengujian Terminal Utara');
    await institute.page.getByRole('checkbox', { name: new RegExp(innovationTitle) }).check();
    await institute.page.getByLabel('Status').selectOption({ label: 'Terbit' });
    await institute.page.getByRole('button', { name: 'Simpan pelatihan' }).click();
    await institute.page.getByText('Pelatihan disimpan.').waitFor();
    const coursePath = new URL(institute.page.url()).pathname;

    const trainee = keep(await as(staff));
    await trainee.page.goto(coursePath);
    await trainee.page.getByRole('button', { name: `Daftar: ${courseTitle}` }).click();
    await trainee.page.getByText('Pendaftaran Anda tercatat.').waitFor();
    done.push(trainee.context.close());
    await institute.page.getByRole('link', { name: 'Daftar peserta' }).click();
    await institute.page.getByRole('button', { name: /^Tandai selesai: / }).first().click();
    await institute.page.getByText('Penyelesaian peserta tercatat.').waitFor();
    done.push(institute.context.close());

    await agency.page.goto(innovationPath);
    await expect(agency.page.getByRole('region', { name: 'Pelatihan terkait' }).getByRole('link', { name: courseTitle }).isVisible()).resolves.toBe(true);
    expect(await tryMove(agency.page, innovationPath, 'Evaluasi')).toEqual([]);

    // EVALUATION → INSTITUTIONALIZED: refused for the report, results since implementation, a survey and the legal basis.
    expect(await tryMove(agency.page, innovationPath, 'Terlembagakan', 'Ditetapkan dengan peraturan wali kota.')).toEqual([
      'Laporan evaluasi',
      'Hasil setiap KPI yang diukur sejak implementasi',
      'Survei kepuasan masyarakat atas layanan sasaran yang ditutup setelah implementasi',
      'Dasar hukum pelembagaan (jenis dan nomor peraturan atau keputusan)',
    ]);
    await screenshot(agency.page, 'institutionalisation-refusal');
    await agency.page.goto(`${innovationPath}/ubah`);
    await recordResult('Waktu tunggu rata-rata', '38', dayInJakarta());
    await recordResult('Pemilik datang lebih dari sekali', '4', dayInJakarta());
    await agency.page.getByRole('region', { name: 'Isi inovasi' }).getByLabel('Laporan evaluasi').fill('Tiga bulan implementasi: waktu tunggu 38 menit, kunjungan ulang 4%, seluruh unit pengujian memakai antrean daring.');
    await agency.page.getByRole('region', { name: 'Isi inovasi' }).getByRole('button', { name: 'Simpan' }).click();
    await agency.page.getByRole('status').filter({ hasText: 'Isi inovasi disimpan.' }).waitFor();
    const legal = agency.page.getByRole('region', { name: 'Dasar hukum' });
    await legal.getByLabel('Jenis peraturan').selectOption('REGIONAL_HEAD_REGULATION');
    await legal.getByLabel('Nomor dan judul peraturan').fill('Peraturan Wali Kota Contoh Nomor 9 Tahun 2026');
    await legal.getByLabel(/Tanggal ditetapkan/).fill(dayInJakarta());
    await legal.getByRole('button', { name: 'Simpan dasar hukum' }).click();
    await agency.page.getByRole('status').filter({ hasText: 'Dasar hukum disimpan.' }).waitFor();
    // What is left links to the service's page, where its officers open a survey.
    await agency.page.getByRole('region', { name: /^Syarat menuju tahap/ }).getByRole('link', { name: /Survei kepuasan masyarakat/ }).click();
    await agency.page.getByRole('heading', { level: 1, name: serviceName }).waitFor();
    expect(new URL(agency.page.url()).pathname).toBe(servicePath);
    const openSurvey = agency.page.getByRole('region', { name: 'Buka survei baru' });
    await openSurvey.getByLabel('Periode').fill('Triwulan IV 2026');
    await openSurvey.getByLabel('Dibuka pada tanggal').fill(dayInJakarta());
    await openSurvey.getByLabel('Ditutup pada tanggal').fill(dayInJakarta(14));
    await openSurvey.getByRole('button', { name: 'Buka survei' }).click();
    await agency.page.getByRole('status').filter({ hasText: 'Survei dibuka.' }).waitFor();
    const surveyPath = new URL(agency.page.url()).pathname;

    const respondent = keep(await as(null, { javaScriptEnabled: false }));
    await respondent.page.goto(surveyPath);
    for (const [index, element] of elements.entries()) {
      await respondent.page.getByRole('group', { name: element }).getByLabel(index % 3 === 0 ? '3 – Sesuai' : '4 – Sangat sesuai', { exact: true }).check();
    }
    await respondent.page.getByRole('button', { name: 'Kirim jawaban' }).click();
    await respondent.page.getByRole('status').filter({ hasText: 'Terima kasih! Jawaban Anda tercatat.' }).waitFor();
    done.push(respondent.context.close());
    await agency.page.goto(surveyPath);
    await agency.page.getByRole('button', { name: 'Tutup survei sekarang' }).click();
    await agency.page.getByRole('status').filter({ hasText: 'Survei ditutup.' }).waitFor();

    expect(await tryMove(agency.page, innovationPath, 'Terlembagakan', 'Ditetapkan dengan Peraturan Wali Kota Contoh Nomor 9 Tahun 2026.')).toEqual([]);
    await agency.page.getByRole('heading', { level: 1, name: innovationTitle }).waitFor();
    expect(await currentStage(agency.page)).toContain('Terlembagakan');
    await expect(agency.page.getByText('Tidak ada tahap berikutnya.').isVisible()).resolves.toBe(true);
    await expect(agency.page.getByRole('region', { name: 'Dasar hukum' }).getByText(/Peraturan Wali Kota Contoh Nomor 9 Tahun 2026/).isVisible()).resolves.toBe(true);
    const timeline = agency.page.getByRole('region', { name: 'Linimasa' });
    expect(await timeline.getByRole('listitem').count()).toBe(6);
    await expect(timeline.getByText('Evaluasi → Terlembagakan').isVisible()).resolves.toBe(true);
    await screenshot(agency.page, 'institutionalised-innovation');
    done.push(agency.context.close());

    // Anyone reads the result; nobody else may change it.
    const visitor = keep(await as(demoCitizen));
    await visitor.page.goto(innovationPath);
    await expect(visitor.page.getByRole('link', { name: 'Ubah inovasi' }).count()).resolves.toBe(0);
    await expect(visitor.page.getByRole('form', { name: /Pindahkan/ }).count()).resolves.toBe(0);
    expect((await visitor.page.goto(`${innovationPath}/ubah`))?.status()).toBe(403);
    done.push(visitor.context.close());

    await Promise.all(done);
    expect(errors.flat()).toEqual([]);
  }, 300_000);
});
