import type { InnovationStage, LegalBasisType } from '@gotong/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { User } from '../../modules/accounts/user.entity.js';
import { acceptIdeasIntoInnovation } from '../../modules/ideas/accept-ideas-into-innovation.js';
import { Idea } from '../../modules/ideas/idea.entity.js';
import { Organization } from '../../modules/organizations/organization.entity.js';
import { dayInIndonesia } from '../../modules/pipeline/gate-facts.js';
import { InnovationStageChange } from '../../modules/pipeline/innovation-stage-change.entity.js';
import { Innovation, type AdoptionItem } from '../../modules/pipeline/innovation.entity.js';
import { Service } from '../../modules/services/service.entity.js';

type DemoMove = [to: InnovationStage, daysAgo: number, note?: string];
type DemoKpi = { name: string; unit: string; baseline: number; target: number; results?: [value: number, daysAgo: number, note?: string][] };
type DemoAdoption = [evidence: string, daysAgo: number];

type DemoInnovation = {
  agency: string;
  service?: string;
  officer: string;
  title: string;
  summary: string;
  createdDaysAgo: number;
  /** Titles of demo ideas it was born from (they become ACCEPTED). */
  ideas?: string[];
  problemStatement?: string;
  needAnalysis?: string;
  kpis?: DemoKpi[];
  milestones?: [title: string, dueDaysAgo: number, doneDaysAgo?: number][];
  pilotPlan?: string;
  trialResult?: string;
  socialisation?: DemoAdoption;
  training?: DemoAdoption;
  feedbackChannel?: DemoAdoption;
  evaluationReport?: string;
  legalBasis?: { type: LegalBasisType; number: string; enactedDaysAgo: number };
  /** Every stage change after its creation, oldest first. */
  moves: DemoMove[];
};

const demoInnovations: DemoInnovation[] = [
  {
    agency: 'disdukcapil-kota-bandung',
    service: 'akta-kelahiran-bandung',
    officer: 'hendra@dukcapil.bandung.go.id',
    title: 'Akta kelahiran dari rumah sakit',
    summary: 'Akta kelahiran, KK baru dan KIA terbit sebelum ibu dan bayi pulang dari rumah sakit bersalin.',
    createdDaysAgo: 420,
    ideas: ['Akta kelahiran langsung terbit dari rumah sakit bersalin'],
    problemStatement: 'Orang tua harus datang sendiri ke Disdukcapil atau kecamatan untuk mencatatkan kelahiran; banyak bayi baru tercatat setelah berbulan-bulan.',
    needAnalysis: 'Dari 12.000 kelahiran setahun di Kota Bandung, 38% baru dicatatkan lebih dari 60 hari setelah lahir. Survei kepada 400 ibu: alasan utama jarak dan waktu.',
    kpis: [
      { name: 'Akta terbit sebelum ibu pulang', unit: '%', baseline: 4, target: 80, results: [[63, 250, 'Akhir uji coba di 2 rumah sakit'], [86, 40, 'Seluruh 14 rumah sakit mitra']] },
      { name: 'Kelahiran tercatat lebih dari 60 hari', unit: '%', baseline: 38, target: 10, results: [[21, 250], [7, 40]] },
    ],
    milestones: [
      ['Perjanjian kerja sama dengan 2 rumah sakit percontohan', 380, 385],
      ['Akun SIAK terpusat untuk petugas rumah sakit', 350, 352],
      ['Perluasan ke 14 rumah sakit', 180, 175],
      ['Peraturan Wali Kota ditetapkan', 60, 62],
    ],
    pilotPlan: 'Uji coba 3 bulan di RSUD Kota Bandung dan RSIA Limijati: petugas rumah sakit mengunggah surat keterangan lahir dan dokumen orang tua, Disdukcapil menerbitkan akta dengan TTE dalam 1×24 jam.',
    trialResult: 'Selama uji coba 1.124 akta terbit, 63% sebelum ibu pulang; waktu rata-rata 19 jam. Kendala: data NIK orang tua belum padan pada 6% kasus.',
    socialisation: ['Surat Edaran Kepala Disdukcapil Nomor 470/1125-Disdukcapil kepada seluruh kecamatan dan rumah sakit mitra', 230],
    training: ['Bimbingan teknis SIAK untuk 56 petugas registrasi dari 14 rumah sakit (daftar hadir dan berita acara)', 220],
    feedbackChannel: ['Kanal pengaduan di aplikasi Salaman dan WhatsApp 0811-2000-470, direkap mingguan', 215],
    evaluationReport: 'Evaluasi 6 bulan implementasi: 86% akta terbit sebelum ibu pulang, pencatatan terlambat turun dari 38% ke 7%. Indeks kepuasan layanan akta naik dari 78,4 ke 88,9.',
    legalBasis: { type: 'REGIONAL_HEAD_REGULATION', number: 'Peraturan Wali Kota Bandung Nomor 12 Tahun 2025', enactedDaysAgo: 62 },
    moves: [
      ['DEVELOPMENT', 400, 'Analisis kebutuhan dan rumusan masalah disetujui rapat pimpinan.'],
      ['TRIAL', 360, 'Uji coba di dua rumah sakit percontohan.'],
      ['IMPLEMENTATION', 245, 'Uji coba memenuhi target awal; diperluas ke 14 rumah sakit.'],
      ['EVALUATION', 90, 'Daftar periksa adopsi lengkap.'],
      ['INSTITUTIONALIZED', 55, 'Ditetapkan dengan Peraturan Wali Kota Bandung Nomor 12 Tahun 2025.'],
    ],
  },
  {
    agency: 'disdukcapil-kota-bandung',
    service: 'penerbitan-e-ktp-bandung',
    officer: 'yuni@dukcapil.bandung.go.id',
    title: 'Antrean daring e-KTP',
    summary: 'Nomor antrean perekaman KTP-el diambil dari aplikasi sehari sebelumnya, dengan jam datang yang pasti.',
    createdDaysAgo: 75,
    ideas: ['Antrean perekaman KTP-el di kecamatan harus datang sejak subuh'],
    problemStatement: 'Warga datang sejak subuh untuk mendapat nomor antrean perekaman KTP-el di kecamatan; kuota habis sebelum pukul 08.00.',
    kpis: [
      { name: 'Waktu tunggu rata-rata di kecamatan', unit: 'menit', baseline: 180, target: 30 },
      { name: 'Warga yang datang lebih dari sekali', unit: '%', baseline: 40, target: 5 },
    ],
    milestones: [
      ['Modul antrean di aplikasi Salaman', 40, 38],
      ['Uji coba di Coblong, Sukajadi dan Antapani', 10],
      ['Laporan hasil uji coba', -20],
    ],
    pilotPlan: 'Uji coba 8 minggu di 3 kecamatan: 60% kuota perekaman lewat antrean daring, 40% tetap datang langsung bagi warga tanpa ponsel pintar.',
    moves: [
      ['DEVELOPMENT', 60, 'Masalah dirumuskan dari gagasan warga dengan 11 dukungan.'],
      ['TRIAL', 21, 'Rencana uji coba dan KPI disetujui.'],
    ],
  },
  {
    agency: 'disdukcapil-kota-bandung',
    service: 'kartu-keluarga-bandung',
    officer: 'yuni@dukcapil.bandung.go.id',
    title: 'Pindah alamat dalam kota cukup sekali datang',
    summary: 'Perubahan KK karena pindah antarkecamatan dalam Kota Bandung diselesaikan dalam satu kunjungan.',
    createdDaysAgo: 9,
    ideas: ['Perubahan data KK karena pindah alamat butuh dua kali datang'],
    moves: [],
  },
  {
    agency: 'disdukcapil-kota-bandung',
    service: 'penerbitan-e-ktp-bandung',
    officer: 'hendra@dukcapil.bandung.go.id',
    title: 'Perekaman KTP-el di sekolah',
    summary: 'Mobil perekaman mendatangi SMA/SMK sesuai jadwal bersama dinas pendidikan.',
    createdDaysAgo: 120,
    ideas: ['Mobil perekaman KTP-el keliling ke sekolah untuk siswa 17 tahun'],
    problemStatement: 'Siswa yang baru berusia 17 tahun sulit meninggalkan sekolah pada jam layanan kecamatan.',
    needAnalysis: 'Sekitar 31.000 siswa kelas XII setiap tahun; 45% belum merekam KTP-el saat lulus.',
    moves: [
      ['DEVELOPMENT', 100, 'Jadwal dibahas dengan Dinas Pendidikan Provinsi.'],
      ['PAUSED', 30, 'Mobil perekaman dialihkan untuk layanan jemput bola pemilu; dilanjutkan tahun anggaran berikutnya.'],
    ],
  },
  {
    agency: 'dpmptsp-kabupaten-sleman',
    service: 'perizinan-berusaha-sleman',
    officer: 'wahyu@dpmptsp.slemankab.go.id',
    title: 'Klinik OSS keliling',
    summary: 'Petugas dan relawan mendampingi pelaku usaha mikro mendaftar NIB di OSS langsung di pasar dan balai desa.',
    createdDaysAgo: 210,
    ideas: ['Pelaku usaha mikro bingung mengisi KBLI di OSS', 'Relawan pendamping OSS di tiap kelurahan'],
    problemStatement: 'Pelaku usaha mikro salah memilih KBLI dan gagal menyelesaikan pendaftaran OSS tanpa pendampingan.',
    needAnalysis: 'Dari 8.000 permohonan NIB setahun, 27% ditolak atau tidak selesai; 70% pemohon usaha mikro berusia di atas 45 tahun.',
    kpis: [
      { name: 'Permohonan NIB usaha mikro yang selesai', unit: '%', baseline: 73, target: 95, results: [[91, 70, 'Uji coba di 4 pasar']] },
      { name: 'NIB terbit per bulan lewat klinik', unit: 'NIB', baseline: 0, target: 300, results: [[240, 70]] },
    ],
    milestones: [
      ['Jadwal keliling 17 kapanewon', 150, 150],
      ['Pelatihan 40 relawan kelurahan', 120, 118],
      ['Uji coba di 4 pasar', 75, 72],
      ['Seluruh 17 kapanewon terlayani', -30],
    ],
    pilotPlan: 'Klinik keliling dua kali sepekan di Pasar Prambanan, Pasar Godean, Pasar Sleman dan Pasar Pakem selama 2 bulan, dengan relawan Yayasan Warga Berdaya.',
    trialResult: 'Selama uji coba 482 NIB terbit; 91% permohonan yang didampingi selesai di tempat.',
    socialisation: ['Rapat koordinasi dengan 17 panewu dan surat Kepala Dinas Nomor 500/0871', 40],
    moves: [
      ['DEVELOPMENT', 190, 'Dua gagasan warga digabung menjadi satu inovasi.'],
      ['TRIAL', 140, 'Rencana uji coba internal bersama relawan.'],
      ['IMPLEMENTATION', 65, 'Uji coba mencapai 91% permohonan selesai.'],
    ],
  },
  {
    agency: 'dpmptsp-kabupaten-sleman',
    service: 'pbg-sleman',
    officer: 'wahyu@dpmptsp.slemankab.go.id',
    title: 'PBG rumah sederhana satu hari',
    summary: 'Persetujuan bangunan gedung rumah tinggal satu lantai terbit dalam satu hari kerja.',
    createdDaysAgo: 300,
    problemStatement: 'Penerbitan PBG rumah tinggal sederhana rata-rata memakan 28 hari kerja.',
    needAnalysis: 'Sekitar 1.900 permohonan PBG rumah tinggal setahun; 60% di antaranya rumah satu lantai di bawah 72 m².',
    kpis: [{ name: 'Lama penerbitan PBG rumah sederhana', unit: 'hari kerja', baseline: 28, target: 1 }],
    pilotPlan: 'Uji coba penilaian teknis berbasis desain prototipe di 3 kapanewon.',
    moves: [
      ['DEVELOPMENT', 280, 'Analisis kebutuhan disetujui.'],
      ['TRIAL', 220, 'Uji coba di Depok, Mlati dan Gamping.'],
      ['DISCONTINUED', 150, 'Digantikan layanan prototipe rumah di SIMBG nasional; sumber daya dialihkan ke pendampingan pemohon.'],
    ],
  },
  {
    agency: 'bapenda-kota-surabaya',
    service: 'pembayaran-pbb-surabaya',
    officer: 'lina@bapenda.surabaya.go.id',
    title: 'Bayar PBB lewat QRIS',
    summary: 'Setiap SPPT PBB-P2 dicetak dengan kode QRIS dinamis yang bisa dibayar dari aplikasi bank atau dompet digital mana pun.',
    createdDaysAgo: 260,
    ideas: ['Kode QRIS di setiap SPPT PBB', 'Bayar PBB lewat dompet digital sering gagal di akhir bulan'],
    problemStatement: 'Pembayaran PBB-P2 lewat kanal digital sering salah nomor objek pajak atau gagal saat jatuh tempo.',
    kpis: [
      { name: 'Pembayaran PBB lewat kanal digital', unit: '%', baseline: 22, target: 60, results: [[41, 150, 'Uji coba 2 kecamatan'], [58, 20]] },
      { name: 'Transaksi gagal atau salah objek pajak', unit: 'per 1.000', baseline: 14, target: 2, results: [[4, 150], [1.8, 20]] },
    ],
    milestones: [
      ['Kerja sama dengan bank persepsi dan PJSP', 230, 228],
      ['Cetak SPPT dengan QRIS di Tegalsari dan Gubeng', 180, 182],
      ['Seluruh 31 kecamatan', 100, 96],
      ['Laporan evaluasi', -15],
    ],
    pilotPlan: 'Uji coba pada 40.000 SPPT di Kecamatan Tegalsari dan Gubeng pada masa bayar April–Juni.',
    trialResult: 'Pembayaran digital naik dari 22% ke 41%; transaksi salah objek pajak turun ke 4 per 1.000.',
    socialisation: ['Surat Edaran Kepala Bapenda Nomor 973/2210/436.8.6 kepada seluruh UPT dan kelurahan', 110],
    training: ['Pelatihan 124 petugas UPT dan kelurahan tentang layanan QRIS dan penanganan keluhan', 105],
    feedbackChannel: ['Layanan pengaduan PBB di WargaKu dan call center 112', 100],
    moves: [
      ['DEVELOPMENT', 240, 'Dua gagasan warga dan mitra digabung.'],
      ['TRIAL', 200, 'Uji coba di dua kecamatan.'],
      ['IMPLEMENTATION', 140, 'Uji coba berhasil; diperluas ke 31 kecamatan.'],
      ['EVALUATION', 25, 'Adopsi lengkap; evaluasi triwulan berjalan.'],
    ],
  },
  {
    agency: 'bapenda-kota-surabaya',
    service: 'pembayaran-pbb-surabaya',
    officer: 'lina@bapenda.surabaya.go.id',
    title: 'Pengingat jatuh tempo PBB lewat WhatsApp',
    summary: 'Wajib pajak menerima pengingat jatuh tempo dan tautan pembayaran lewat WhatsApp resmi Bapenda.',
    createdDaysAgo: 45,
    problemStatement: 'Banyak wajib pajak lupa jatuh tempo PBB-P2 dan terkena denda 1% per bulan.',
    needAnalysis: 'Pada 2025, 18% SPPT dibayar setelah jatuh tempo; 64% wajib pajak yang terlambat menyatakan lupa.',
    moves: [['DEVELOPMENT', 30, 'Kebutuhan tertulis disetujui kepala bidang.']],
  },
];

const dayMs = 24 * 60 * 60 * 1000;

/** Demo innovations in every stage of the pipeline, with their full timelines, for the demo agencies. */
export async function seedPipeline(em: EntityManager): Promise<void> {
  const now = Date.now();
  const at = (daysAgo: number) => new Date(now - daysAgo * dayMs);
  const dayOf = (daysAgo: number) => dayInIndonesia(at(daysAgo));
  const adoption = (item?: DemoAdoption): AdoptionItem | null => (item ? { evidence: item[0], doneOn: dayOf(item[1]) } : null);
  const [people, organizations, services] = await Promise.all([
    em.find(User, {}).then((users) => new Map(users.map((user) => [user.email, user]))),
    em.find(Organization, { kind: 'AGENCY' }).then((agencies) => new Map(agencies.map((agency) => [agency.slug, agency]))),
    em.find(Service, {}).then((list) => new Map(list.map((service) => [service.slug, service]))),
  ]);
  const accepted: [ideaTitles: string[], innovationId: string][] = [];
  for (const demo of demoInnovations) {
    const officer = people.get(demo.officer)!;
    const lastMove = demo.moves.at(-1);
    const implementation = demo.moves.findLast(([to]) => to === 'IMPLEMENTATION');
    const innovation = em.create(Innovation, {
      title: demo.title,
      summary: demo.summary,
      agency: organizations.get(demo.agency)!,
      service: demo.service ? services.get(demo.service)! : null,
      createdBy: officer,
      stage: lastMove?.[0] ?? 'NEED_IDENTIFIED',
      pausedFrom: lastMove?.[0] === 'PAUSED' ? (demo.moves.at(-2)?.[0] as Innovation['pausedFrom']) : null,
      stageEnteredAt: at(lastMove?.[1] ?? demo.createdDaysAgo),
      implementationStartedAt: implementation ? at(implementation[1]) : null,
      problemStatement: demo.problemStatement ?? '',
      needAnalysis: demo.needAnalysis ?? '',
      kpis: (demo.kpis ?? []).map(({ results = [], ...kpi }) => ({
        ...kpi,
        id: randomUUID(),
        results: results.map(([value, daysAgo, note = '']) => ({ value, measuredOn: dayOf(daysAgo), note })),
      })),
      milestones: (demo.milestones ?? []).map(([title, dueDaysAgo, doneDaysAgo]) => ({
        title,
        dueOn: dayOf(dueDaysAgo),
        doneOn: doneDaysAgo === undefined ? null : dayOf(doneDaysAgo),
      })),
      pilotPlan: demo.pilotPlan ?? '',
      trialResult: demo.trialResult ?? '',
      socialisation: adoption(demo.socialisation),
      training: adoption(demo.training),
      feedbackChannel: adoption(demo.feedbackChannel),
      evaluationReport: demo.evaluationReport ?? '',
      legalBasis: demo.legalBasis ? { type: demo.legalBasis.type, number: demo.legalBasis.number, enactedOn: dayOf(demo.legalBasis.enactedDaysAgo) } : null,
      createdAt: at(demo.createdDaysAgo),
      updatedAt: at(lastMove?.[1] ?? demo.createdDaysAgo),
    });
    let from: InnovationStage | null = null;
    for (const [to, daysAgo, note = ''] of [['NEED_IDENTIFIED', demo.createdDaysAgo] as DemoMove, ...demo.moves]) {
      em.create(InnovationStageChange, { innovation, actor: officer, fromStage: from, toStage: to, note, createdAt: at(daysAgo), updatedAt: at(daysAgo) });
      from = to;
    }
    if (demo.ideas) accepted.push([demo.ideas, innovation.id]);
  }
  await em.flush();
  for (const [titles, innovationId] of accepted) {
    const ideas = await em.find(Idea, { title: { $in: titles } }, { fields: ['id'] });
    await acceptIdeasIntoInnovation(em, ideas.map((idea) => idea.id), innovationId);
  }
}
