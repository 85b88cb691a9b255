import type { EntityManager } from '@mikro-orm/postgresql';
import type { MemberRole, OrganizationKind, PlatformRole } from '@gotong/domain';
import { Consent } from '../../modules/accounts/consent.entity.js';
import { hashPassword } from '../../modules/accounts/password.js';
import { User } from '../../modules/accounts/user.entity.js';
import { Membership } from '../../modules/organizations/membership.entity.js';
import { Organization } from '../../modules/organizations/organization.entity.js';
import { Service } from '../../modules/services/service.entity.js';
import { seedCourses } from './courses.js';
import { seedIdeas } from './ideas.js';
import { seedNotifications } from './notifications.js';
import { seedPartners } from './partners.js';
import { seedPipeline } from './pipeline.js';
import { seedResponseClocks } from './responses.js';
import { seedSurveys } from './surveys.js';

/** Every demo account signs in with this password (listed in the README). */
export const demoPassword = 'gotong-demo-2026';

type DemoPerson = { email: string; displayName: string; bio: string; platformRole?: PlatformRole };
type DemoOrganization = {
  slug: string;
  name: string;
  kind: OrganizationKind;
  description: string;
  website?: string;
  verified: boolean;
  members: [email: string, role: MemberRole][];
  services?: { slug: string; name: string; description: string; population: number }[];
};

export const demoPeople: DemoPerson[] = [
  { email: 'admin@gotong.id', displayName: 'Admin Gotong', bio: 'Pengelola platform.', platformRole: 'ADMIN' },
  { email: 'moderator@gotong.id', displayName: 'Nur Aisyah', bio: 'Moderator forum Gotong.', platformRole: 'MODERATOR' },
  { email: 'siti@warga.id', displayName: 'Siti Rahayu', bio: 'Ibu rumah tangga di Coblong, Bandung; sering mengurus dokumen keluarga.' },
  { email: 'budi@warga.id', displayName: 'Budi Santoso', bio: 'Pedagang kelontong di Depok, Sleman.' },
  { email: 'dewi@warga.id', displayName: 'Dewi Lestari', bio: 'Mahasiswi administrasi publik.' },
  { email: 'agus@warga.id', displayName: 'Agus Wijaya', bio: 'Pengemudi ojek daring, Surabaya.' },
  { email: 'rina@warga.id', displayName: 'Rina Marlina', bio: 'Guru SD dan pegiat literasi digital.' },
  { email: 'hendra@dukcapil.bandung.go.id', displayName: 'Hendra Gunawan', bio: 'Kepala Seksi Inovasi Pelayanan, Disdukcapil Kota Bandung.' },
  { email: 'yuni@dukcapil.bandung.go.id', displayName: 'Yuni Kartika', bio: 'Analis kebijakan.' },
  { email: 'wahyu@dpmptsp.slemankab.go.id', displayName: 'Wahyu Prasetyo', bio: 'Pengelola inovasi DPMPTSP Sleman.' },
  { email: 'lina@bapenda.surabaya.go.id', displayName: 'Lina Susanti', bio: 'Bidang Pelayanan Bapenda Surabaya.' },
  { email: 'andi@nusantaradigital.co.id', displayName: 'Andi Pratama', bio: 'Manajer kemitraan pemerintah.' },
  { email: 'maria@wargaberdaya.or.id', displayName: 'Maria Simanjuntak', bio: 'Koordinator program partisipasi warga.' },
  { email: 'fajar@lpa-mandiri.ac.id', displayName: 'Fajar Nugroho', bio: 'Koordinator pelatihan aparatur.' },
];

export const demoOrganizations: DemoOrganization[] = [
  {
    slug: 'disdukcapil-kota-bandung',
    name: 'Dinas Kependudukan dan Pencatatan Sipil Kota Bandung',
    kind: 'AGENCY',
    description: 'Melayani administrasi kependudukan warga Kota Bandung: KTP elektronik, kartu keluarga, akta kelahiran dan kematian.',
    website: 'https://disdukcapil.bandung.go.id',
    verified: true,
    members: [['hendra@dukcapil.bandung.go.id', 'OWNER'], ['yuni@dukcapil.bandung.go.id', 'OFFICER']],
    services: [
      { slug: 'penerbitan-e-ktp-bandung', name: 'Penerbitan KTP Elektronik', description: 'Perekaman dan pencetakan KTP-el bagi warga berusia 17 tahun ke atas.', population: 25000 },
      { slug: 'akta-kelahiran-bandung', name: 'Penerbitan Akta Kelahiran', description: 'Pencatatan kelahiran dan penerbitan akta, termasuk layanan daring.', population: 12000 },
      { slug: 'kartu-keluarga-bandung', name: 'Pembaruan Kartu Keluarga', description: 'Perubahan data dan pencetakan ulang kartu keluarga.', population: 18000 },
    ],
  },
  {
    slug: 'dpmptsp-kabupaten-sleman',
    name: 'Dinas Penanaman Modal dan PTSP Kabupaten Sleman',
    kind: 'AGENCY',
    description: 'Pelayanan terpadu satu pintu untuk perizinan berusaha dan nonberusaha di Kabupaten Sleman.',
    website: 'https://dpmptsp.slemankab.go.id',
    verified: true,
    members: [['wahyu@dpmptsp.slemankab.go.id', 'OWNER']],
    services: [
      { slug: 'perizinan-berusaha-sleman', name: 'Perizinan Berusaha (OSS)', description: 'Pendampingan izin usaha mikro dan kecil melalui OSS berbasis risiko.', population: 8000 },
      { slug: 'pbg-sleman', name: 'Persetujuan Bangunan Gedung', description: 'Penerbitan PBG untuk rumah tinggal dan bangunan usaha.', population: 3000 },
    ],
  },
  {
    slug: 'bapenda-kota-surabaya',
    name: 'Badan Pendapatan Daerah Kota Surabaya',
    kind: 'AGENCY',
    description: 'Pengelolaan pajak daerah Kota Surabaya: PBB, BPHTB, pajak restoran dan hotel.',
    website: 'https://bapenda.surabaya.go.id',
    verified: true,
    members: [['lina@bapenda.surabaya.go.id', 'OWNER']],
    services: [
      { slug: 'pembayaran-pbb-surabaya', name: 'Pembayaran PBB-P2', description: 'Pembayaran Pajak Bumi dan Bangunan secara daring dan di loket.', population: 40000 },
    ],
  },
  {
    slug: 'nusantara-digital-solusi',
    name: 'PT Nusantara Digital Solusi',
    kind: 'PARTNER',
    description: 'Perusahaan teknologi yang membangun aplikasi layanan publik: antrean daring, tanda tangan elektronik, dasbor data.',
    website: 'https://nusantaradigital.co.id',
    verified: true,
    members: [['andi@nusantaradigital.co.id', 'OWNER']],
  },
  {
    slug: 'yayasan-warga-berdaya',
    name: 'Yayasan Warga Berdaya',
    kind: 'NGO',
    description: 'Organisasi masyarakat sipil yang mendampingi warga menyampaikan pengaduan dan usulan pelayanan publik.',
    verified: true,
    members: [['maria@wargaberdaya.or.id', 'OWNER']],
  },
  {
    slug: 'lpa-mandiri',
    name: 'Lembaga Pelatihan Aparatur Mandiri',
    kind: 'TRAINING_INSTITUTE',
    description: 'Pelatihan pelayanan prima, literasi digital dan manajemen inovasi bagi aparatur sipil negara.',
    verified: true,
    members: [['fajar@lpa-mandiri.ac.id', 'OWNER']],
  },
  {
    slug: 'komunitas-peduli-layanan',
    name: 'Komunitas Peduli Layanan',
    kind: 'NGO',
    description: 'Komunitas relawan yang baru mendaftar dan menunggu verifikasi.',
    verified: false,
    members: [['rina@warga.id', 'OWNER']],
  },
];

/** A small, realistic Indonesian demo: agencies with services, a partner, NGOs, a training institute and citizens. */
export async function seedDemo(em: EntityManager): Promise<void> {
  const passwordHash = await hashPassword(demoPassword);
  const people = new Map<string, User>();
  const joined = new Date('2026-09-01T02:00:00Z');
  for (const person of demoPeople) {
    // Demo accounts are confirmed and show their "about me", so the demo works with or without a mail server.
    const user = em.create(User, { ...person, passwordHash, platformRole: person.platformRole ?? 'MEMBER', createdAt: joined, emailConfirmedAt: joined });
    for (const purpose of ['PRIVACY_POLICY', 'PUBLIC_PROFILE']) em.create(Consent, { user, purpose, policyVersion: '2026-11-01', givenAt: joined });
    people.set(person.email, user);
  }
  const admin = people.get('admin@gotong.id')!;
  for (const demo of demoOrganizations) {
    const organization = em.create(Organization, {
      slug: demo.slug,
      name: demo.name,
      kind: demo.kind,
      description: demo.description,
      website: demo.website ?? null,
      verifiedAt: demo.verified ? joined : null,
      verifiedBy: demo.verified ? admin : null,
    });
    for (const [email, role] of demo.members) em.create(Membership, { organization, user: people.get(email)!, role });
    for (const service of demo.services ?? []) em.create(Service, { ...service, agency: organization });
  }
  await em.flush();
  await seedIdeas(em);
  await seedPipeline(em);
  await seedResponseClocks(em);
  await seedPartners(em);
  await seedCourses(em);
  await seedSurveys(em);
  await seedNotifications(em);
}
