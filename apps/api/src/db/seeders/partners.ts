import type { PilotProposalStatus } from '@gotong/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import { User } from '../../modules/accounts/user.entity.js';
import { Organization } from '../../modules/organizations/organization.entity.js';
import { PilotProposal, PilotProposalStatusChange } from '../../modules/partners/pilot-proposal.entity.js';
import { Innovation } from '../../modules/pipeline/innovation.entity.js';

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

type DemoProposal = {
  innovation: string;
  title: string;
  summary: string;
  budgetRupiah: number;
  durationWeeks: number;
  kpis: string[];
  team: string[];
  /** The history after creation: status, days ago, who (email), note. */
  history: [status: PilotProposalStatus, daysAgo: number, actor: string, note: string][];
};

const partnerOfficer = 'andi@nusantaradigital.co.id';

const demoProposals: DemoProposal[] = [
  {
    innovation: 'Antrean daring e-KTP',
    title: 'Uji coba antrean daring dengan notifikasi WhatsApp di dua kecamatan',
    summary: 'Aplikasi antrean daring untuk perekaman KTP-el: warga memilih jam datang, menerima pengingat WhatsApp, dan petugas melihat beban per jam di dasbor.',
    budgetRupiah: 150_000_000,
    durationWeeks: 12,
    kpis: ['Waktu tunggu rata-rata di bawah 30 menit', 'Kunjungan ulang karena blangko habis di bawah 5%'],
    team: ['Andi Pratama, manajer proyek', 'Sari Wulandari, pengembang utama', 'Yoga Permana, pendamping lapangan'],
    history: [
      ['SUBMITTED', 40, partnerOfficer, ''],
      ['UNDER_REVIEW', 35, 'hendra@dukcapil.bandung.go.id', 'Dipelajari bersama bidang PIAK.'],
      ['ACCEPTED', 23, 'hendra@dukcapil.bandung.go.id', 'Disetujui untuk uji coba 12 minggu di Coblong dan Antapani.'],
    ],
  },
  {
    innovation: 'Pindah alamat dalam kota cukup sekali datang',
    title: 'Formulir pindah alamat daring terhubung SIAK',
    summary: 'Formulir daring yang memeriksa kelengkapan dokumen sebelum warga datang, sehingga pindah alamat dalam kota selesai dalam satu kunjungan.',
    budgetRupiah: 85_000_000,
    durationWeeks: 8,
    kpis: ['Pindah alamat selesai dalam satu kunjungan untuk 90% pemohon'],
    team: ['Andi Pratama, manajer proyek', 'Sari Wulandari, pengembang'],
    history: [
      ['SUBMITTED', 6, partnerOfficer, ''],
      ['UNDER_REVIEW', 3, 'hendra@dukcapil.bandung.go.id', 'Sedang dikaji kesesuaiannya dengan SIAK terpusat.'],
    ],
  },
  {
    innovation: 'Pengingat jatuh tempo PBB lewat WhatsApp',
    title: 'Pengingat PBB otomatis dan tautan bayar QRIS',
    summary: 'Pesan WhatsApp terjadwal sebelum jatuh tempo PBB dengan tautan pembayaran QRIS dan status lunas.',
    budgetRupiah: 60_000_000,
    durationWeeks: 10,
    kpis: ['Pembayaran tepat waktu naik 15 poin persentase'],
    team: ['Andi Pratama, manajer proyek'],
    history: [],
  },
];

/** PT Nusantara Digital Solusi's proposals: one ACCEPTED (a TRIAL-stage innovation), one UNDER_REVIEW, one DRAFT. */
export async function seedPartners(em: EntityManager): Promise<void> {
  const proposer = await em.findOneOrFail(Organization, { slug: 'nusantara-digital-solusi' });
  const author = await em.findOneOrFail(User, { email: partnerOfficer });
  for (const demo of demoProposals) {
    const innovation = await em.findOneOrFail(Innovation, { title: demo.innovation }, { populate: ['agency'] });
    const createdAt = daysAgo((demo.history[0]?.[1] ?? 2) + 3);
    const { history, innovation: _title, ...content } = demo;
    const proposal = em.create(PilotProposal, { ...content, proposer, agency: innovation.agency, innovation, createdBy: author, status: history.at(-1)?.[0] ?? 'DRAFT', createdAt });
    em.create(PilotProposalStatusChange, { proposal, actor: author, fromStatus: null, toStatus: 'DRAFT', createdAt });
    let from: PilotProposalStatus = 'DRAFT';
    for (const [to, days, email, note] of history) {
      const actor = await em.findOneOrFail(User, { email });
      em.create(PilotProposalStatusChange, { proposal, actor, fromStatus: from, toStatus: to, note, createdAt: daysAgo(days) });
      from = to;
    }
  }
  await em.flush();
}
