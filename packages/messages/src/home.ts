import { defineMessages } from './define.js';

export const home = defineMessages({
  id: {
    'home.title': 'Bersama membangun pelayanan publik yang lebih baik',
    'home.lead':
      'Gotong mempertemukan warga, instansi pemerintah, mitra swasta, LSM dan lembaga pelatihan untuk mengusulkan, membahas, memilih dan mengawal inovasi pelayanan publik, dari gagasan hingga terlembagakan.',
    'home.join': 'Bergabung sekarang',
    'home.explore': 'Lihat organisasi',
    'home.how.title': 'Cara kerjanya',
    'home.how.propose': 'Usulkan masalah atau gagasan tentang layanan publik.',
    'home.how.discuss': 'Bahas dan beri suara bersama warga lainnya.',
    'home.how.track': 'Kawal inovasi melalui tahapan pelembagaan secara terbuka.',
    'home.organizations.title': 'Organisasi terverifikasi',
    'home.organizations.all': 'Semua organisasi',
    'home.services.title': 'Layanan publik',
    'home.empty': 'Belum ada data.',
  },
  en: {
    'home.title': 'Building better public services, together',
    'home.lead':
      'Gotong brings citizens, government agencies, private partners, NGOs and training institutes together to propose, discuss, vote on and follow public-service innovations, from idea to institution.',
    'home.join': 'Join now',
    'home.explore': 'See the organisations',
    'home.how.title': 'How it works',
    'home.how.propose': 'Propose a problem or an idea about a public service.',
    'home.how.discuss': 'Discuss and vote together with other citizens.',
    'home.how.track': 'Follow innovations through the institutionalisation stages in the open.',
    'home.organizations.title': 'Verified organisations',
    'home.organizations.all': 'All organisations',
    'home.services.title': 'Public services',
    'home.empty': 'Nothing here yet.',
  },
});
