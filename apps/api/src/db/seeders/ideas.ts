import { addHotWeight, hotTime, type DiscussionCategory, type IdeaKind, type IdeaStatus } from '@gotong/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import { User } from '../../modules/accounts/user.entity.js';
import { Comment } from '../../modules/comments/comment.entity.js';
import { threadSegment } from '../../modules/comments/comment-thread.js';
import { renderMarkdown } from '../../modules/comments/render-markdown.js';
import { Follow } from '../../modules/follows/follow.entity.js';
import { Discussion } from '../../modules/forum/discussion.entity.js';
import { IdeaVote } from '../../modules/ideas/idea-vote.entity.js';
import { Idea } from '../../modules/ideas/idea.entity.js';
import { Organization } from '../../modules/organizations/organization.entity.js';
import { Service } from '../../modules/services/service.entity.js';

type DemoIdea = {
  author: string;
  kind: IdeaKind;
  title: string;
  body: string;
  tags: string[];
  service?: string;
  agency?: string;
  organization?: string;
  status?: IdeaStatus;
  decisionReason?: string;
  daysAgo: number;
  voters: number;
  comments?: [author: string, body: string, replies?: [author: string, body: string][]][];
};

const citizens = ['siti@warga.id', 'budi@warga.id', 'dewi@warga.id', 'agus@warga.id', 'rina@warga.id', 'maria@wargaberdaya.or.id', 'andi@nusantaradigital.co.id', 'fajar@lpa-mandiri.ac.id', 'yuni@dukcapil.bandung.go.id', 'moderator@gotong.id', 'hendra@dukcapil.bandung.go.id', 'wahyu@dpmptsp.slemankab.go.id', 'lina@bapenda.surabaya.go.id'];

const demoIdeas: DemoIdea[] = [
  {
    author: 'siti@warga.id', kind: 'PROBLEM', daysAgo: 1, voters: 11, service: 'penerbitan-e-ktp-bandung', tags: ['ktp-el', 'antrean'],
    title: 'Antrean perekaman KTP-el di kecamatan harus datang sejak subuh',
    body: 'Di Kecamatan Coblong nomor antrean perekaman **KTP-el** habis sebelum pukul 08.00. Warga yang bekerja harus izin seharian.\n\nUsul: nomor antrean bisa diambil daring sehari sebelumnya.',
    comments: [
      ['budi@warga.id', 'Di Sleman juga sama, Bu. Saya sampai tiga kali datang.', [['hendra@dukcapil.bandung.go.id', 'Terima kasih masukannya. Kami sedang menyiapkan antrean daring lewat aplikasi Salaman.']]],
      ['dewi@warga.id', 'Setuju. Bisa juga dibuka layanan Sabtu untuk pekerja.'],
    ],
  },
  {
    author: 'dewi@warga.id', kind: 'SOLUTION', daysAgo: 2, voters: 9, service: 'penerbitan-e-ktp-bandung', tags: ['ktp-el', 'layanan-keliling'],
    title: 'Mobil perekaman KTP-el keliling ke sekolah untuk siswa 17 tahun',
    body: 'Siswa kelas XII yang baru berusia 17 tahun bisa direkam di sekolah. Dukcapil mengirim mobil layanan sesuai jadwal yang disepakati dengan dinas pendidikan.',
    comments: [['rina@warga.id', 'Sekolah kami siap jadi tempat percontohan.']],
  },
  {
    author: 'budi@warga.id', kind: 'PROBLEM', daysAgo: 3, voters: 8, service: 'perizinan-berusaha-sleman', tags: ['umkm', 'oss'],
    title: 'Pelaku usaha mikro bingung mengisi KBLI di OSS',
    body: 'Banyak pedagang kecil salah memilih kode **KBLI** sehingga izinnya ditolak. Petunjuk di OSS terlalu teknis.',
    comments: [['wahyu@dpmptsp.slemankab.go.id', 'Kami buka klinik pendampingan OSS setiap Selasa dan Kamis di MPP Sleman.', [['budi@warga.id', 'Wah, baru tahu. Terima kasih, Pak.']]]],
  },
  {
    author: 'maria@wargaberdaya.or.id', organization: 'yayasan-warga-berdaya', kind: 'SOLUTION', daysAgo: 4, voters: 7, service: 'perizinan-berusaha-sleman', tags: ['umkm', 'pendampingan'],
    title: 'Relawan pendamping OSS di tiap kelurahan',
    body: 'Yayasan Warga Berdaya siap melatih relawan kelurahan untuk membantu UMKM mendaftar di OSS, bekerja sama dengan DPMPTSP.',
  },
  {
    author: 'agus@warga.id', kind: 'PROBLEM', daysAgo: 5, voters: 10, service: 'pembayaran-pbb-surabaya', tags: ['pajak', 'pembayaran-digital'],
    title: 'Bayar PBB lewat dompet digital sering gagal di akhir bulan',
    body: 'Transaksi pembayaran PBB-P2 lewat dompet digital sering gagal saat mendekati jatuh tempo, padahal saldo sudah terpotong.',
    comments: [
      ['lina@bapenda.surabaya.go.id', 'Mohon kirim nomor objek pajak lewat pesan langsung, kami cek dengan bank persepsi.'],
      ['siti@warga.id', 'Saya pernah mengalami, uang kembali setelah tiga hari kerja.'],
    ],
  },
  {
    author: 'andi@nusantaradigital.co.id', organization: 'nusantara-digital-solusi', kind: 'SOLUTION', daysAgo: 6, voters: 5, service: 'pembayaran-pbb-surabaya', tags: ['pajak', 'qris'],
    title: 'Kode QRIS di setiap SPPT PBB',
    body: 'Setiap SPPT dicetak dengan kode QRIS dinamis sehingga warga bisa membayar dari aplikasi bank mana pun tanpa salah nomor objek pajak.',
  },
  {
    author: 'rina@warga.id', kind: 'PROBLEM', daysAgo: 8, voters: 6, service: 'akta-kelahiran-bandung', tags: ['akta-kelahiran'],
    title: 'Akta kelahiran daring tidak bisa dicetak sendiri',
    body: 'Setelah pengajuan daring disetujui, warga tetap harus datang ke kantor untuk mengambil akta. Padahal akta sudah bisa dicetak di kertas HVS dengan TTE.',
    status: 'UNDER_REVIEW',
  },
  {
    author: 'siti@warga.id', kind: 'SOLUTION', daysAgo: 10, voters: 12, service: 'akta-kelahiran-bandung', tags: ['akta-kelahiran', 'rumah-sakit'],
    title: 'Akta kelahiran langsung terbit dari rumah sakit bersalin',
    body: 'Rumah sakit dan puskesmas mengirim data kelahiran ke Dukcapil, sehingga akta, KK baru dan KIA terbit sebelum ibu pulang.',
    comments: [['hendra@dukcapil.bandung.go.id', 'Program serupa sudah berjalan di dua rumah sakit; kami sedang menghitung perluasannya.']],
  },
  {
    author: 'budi@warga.id', kind: 'PROBLEM', daysAgo: 12, voters: 4, service: 'pbg-sleman', tags: ['pbg', 'rumah-tinggal'],
    title: 'Syarat PBG rumah tinggal sederhana terlalu berat',
    body: 'Untuk rumah satu lantai, warga diminta gambar teknis dari arsitek bersertifikat. Biayanya lebih mahal dari retribusinya.',
  },
  {
    author: 'dewi@warga.id', kind: 'SOLUTION', daysAgo: 14, voters: 3, service: 'pbg-sleman', tags: ['pbg', 'desain-prototipe'],
    title: 'Desain prototipe rumah sederhana siap pakai untuk PBG',
    body: 'Pemkab menyediakan beberapa desain prototipe rumah tinggal yang sudah dihitung strukturnya, sehingga warga cukup memilih.',
    status: 'DECLINED',
    decisionReason: 'Sudah tersedia lewat SIMBG nasional sejak 2024; kami akan menyosialisasikannya lebih luas.',
  },
  {
    author: 'agus@warga.id', kind: 'PROBLEM', daysAgo: 16, voters: 7, service: 'kartu-keluarga-bandung', tags: ['kartu-keluarga'],
    title: 'Perubahan data KK karena pindah alamat butuh dua kali datang',
    body: 'Pindah datang antarkecamatan dalam satu kota tetap butuh surat pindah dan datang dua kali.',
  },
  {
    author: 'fajar@lpa-mandiri.ac.id', kind: 'SOLUTION', daysAgo: 20, voters: 4, agency: 'disdukcapil-kota-bandung', tags: ['pelatihan', 'pelayanan-prima'],
    title: 'Pelatihan pelayanan prima bagi petugas loket kecamatan',
    body: 'Pelatihan dua hari tentang komunikasi, penanganan keluhan dan literasi digital bagi petugas loket, dengan evaluasi kepuasan sebelum dan sesudah.',
  },
  {
    author: 'rina@warga.id', kind: 'PROBLEM', daysAgo: 24, voters: 2, tags: ['aksesibilitas', 'disabilitas'],
    title: 'Kantor pelayanan belum ramah pengguna kursi roda',
    body: 'Banyak kantor kelurahan hanya punya tangga. Warga dengan disabilitas harus dilayani di halaman.',
  },
  {
    author: 'maria@wargaberdaya.or.id', organization: 'yayasan-warga-berdaya', kind: 'SOLUTION', daysAgo: 28, voters: 6, tags: ['pengaduan', 'transparansi'],
    title: 'Papan status pengaduan yang bisa dipantau warga',
    body: 'Setiap pengaduan pelayanan punya nomor dan status publik (diterima, diproses, selesai) dengan batas waktu sesuai aturan.',
  },
];

const demoDiscussions: { author: string; category: DiscussionCategory; title: string; body: string; pinned?: boolean; comments: [string, string][] }[] = [
  {
    author: 'moderator@gotong.id', category: 'GENERAL', pinned: true, title: 'Selamat datang di forum Gotong: baca dulu aturannya',
    body: 'Gunakan bahasa yang santun, jangan membagikan data pribadi (NIK, nomor KK), dan laporkan konten yang melanggar dengan tombol **Laporkan**.',
    comments: [['siti@warga.id', 'Terima kasih, Bu Nur.']],
  },
  {
    author: 'dewi@warga.id', category: 'INNOVATION', title: 'Inovasi pelayanan publik apa yang paling terasa manfaatnya?',
    body: 'Saya penasaran inovasi daerah mana yang benar-benar mengubah pengalaman warga. Ceritakan pengalaman Anda.',
    comments: [['budi@warga.id', 'Mal Pelayanan Publik di Sleman: semua izin di satu gedung.'], ['agus@warga.id', 'E-pajak di Surabaya, tidak perlu ke kantor lagi.']],
  },
  {
    author: 'rina@warga.id', category: 'DIGITAL', title: 'Tips mengajari orang tua memakai layanan daring',
    body: 'Orang tua saya kesulitan memakai aplikasi pemerintah. Bagaimana cara Anda membantu keluarga?',
    comments: [['fajar@lpa-mandiri.ac.id', 'Kami punya modul literasi digital gratis untuk warga lansia; nanti saya bagikan tautannya.']],
  },
  {
    author: 'agus@warga.id', category: 'HELP', title: 'Bagaimana cara mengecek status pengajuan akta daring?',
    body: 'Sudah dua minggu status pengajuan saya masih "diverifikasi". Ke mana saya harus bertanya?',
    comments: [['yuni@dukcapil.bandung.go.id', 'Silakan hubungi layanan WhatsApp resmi Disdukcapil dengan nomor pengajuan Anda.']],
  },
];

const day = 24 * 60 * 60 * 1000;

/** Ideas, votes, comments, follows and forum threads, so that the feed and the forum look alive. */
export async function seedIdeas(em: EntityManager): Promise<void> {
  const users = new Map((await em.find(User, {})).map((user) => [user.email, user]));
  const organizations = new Map((await em.find(Organization, {})).map((organization) => [organization.slug, organization]));
  const services = new Map((await em.find(Service, {}, { populate: ['agency'] })).map((service) => [service.slug, service]));
  const person = (email: string) => users.get(email)!;
  const now = Date.now();

  const addComments = (subjectType: string, subjectId: string, at: number, comments: DemoIdea['comments'] = []) => {
    comments.forEach(([author, body, replies = []], index) => {
      const createdAt = new Date(at + (index + 1) * 3 * 60 * 60 * 1000);
      const comment = em.create(Comment, { subjectType, subjectId, author: person(author), body, bodyHtml: renderMarkdown(body), threadPath: '', createdAt });
      comment.threadPath = threadSegment(createdAt, comment.id);
      replies.forEach(([replyAuthor, replyBody], replyIndex) => {
        const replyAt = new Date(createdAt.getTime() + (replyIndex + 1) * 60 * 60 * 1000);
        const reply = em.create(Comment, { subjectType, subjectId, parent: comment, depth: 1, author: person(replyAuthor), body: replyBody, bodyHtml: renderMarkdown(replyBody), threadPath: '', createdAt: replyAt });
        reply.threadPath = comment.threadPath + threadSegment(replyAt, reply.id);
      });
    });
  };

  for (const demo of demoIdeas) {
    const createdAt = new Date(now - demo.daysAgo * day);
    const service = demo.service ? services.get(demo.service)! : null;
    const idea = em.create(Idea, {
      kind: demo.kind,
      status: demo.status ?? 'OPEN',
      title: demo.title,
      body: demo.body,
      bodyHtml: renderMarkdown(demo.body),
      tags: demo.tags,
      author: person(demo.author),
      organization: demo.organization ? organizations.get(demo.organization)! : null,
      agency: service?.agency ?? (demo.agency ? organizations.get(demo.agency)! : null),
      service,
      decisionReason: demo.decisionReason ?? null,
      decidedAt: demo.status === 'DECLINED' ? new Date(createdAt.getTime() + 2 * day) : null,
      createdAt,
      updatedAt: createdAt,
    });
    let hotScore = hotTime(createdAt);
    const voters = citizens.filter((email) => email !== demo.author).slice(0, demo.voters);
    voters.forEach((email, index) => {
      const votedAt = new Date(createdAt.getTime() + ((index + 1) * (now - createdAt.getTime())) / (voters.length + 1));
      em.create(IdeaVote, { idea, user: person(email), createdAt: votedAt });
      hotScore = addHotWeight(hotScore, hotTime(votedAt));
    });
    idea.voteCount = voters.length;
    idea.hotScore = hotScore;
    em.persist(new Follow(person(demo.author), 'Idea', idea.id));
    addComments('Idea', idea.id, createdAt.getTime(), demo.comments);
  }

  demoDiscussions.forEach((demo, index) => {
    const createdAt = new Date(now - (index * 3 + 2) * day);
    const discussion = em.create(Discussion, {
      category: demo.category,
      title: demo.title,
      body: demo.body,
      bodyHtml: renderMarkdown(demo.body),
      author: person(demo.author),
      pinned: demo.pinned ?? false,
      createdAt,
      lastActivityAt: new Date(createdAt.getTime() + demo.comments.length * 3 * 60 * 60 * 1000),
    });
    addComments('Discussion', discussion.id, createdAt.getTime(), demo.comments);
  });
  await em.flush();
}
