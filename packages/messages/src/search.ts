import { defineMessages } from './define.js';

/** Search across every kind of content. */
export const search = defineMessages({
  id: {
    'search.title': 'Cari',
    'search.query': 'Kata yang dicari',
    'search.hint': 'Ejaan lain dan salah ketik kecil tetap ditemukan, misalnya “antrian” untuk “antrean”.',
    'search.submit': 'Cari',
    'search.empty': 'Tidak ada hasil untuk “{query}”.',
    'search.didYouMean': 'Mungkin maksud Anda:',
    'search.kind.IDEA': 'Gagasan',
    'search.kind.DISCUSSION': 'Diskusi',
    'search.kind.INNOVATION': 'Inovasi',
    'search.kind.COURSE': 'Pelatihan',
    'search.kind.SERVICE': 'Layanan',
    'search.kind.ORGANIZATION': 'Organisasi',
    'search.kind.SURVEY': 'Survei',
  },
  en: {
    'search.title': 'Search',
    'search.query': 'Words to find',
    'search.hint': 'Other spellings and small typos are found too, such as “antrian” for “antrean”.',
    'search.submit': 'Search',
    'search.empty': 'Nothing found for “{query}”.',
    'search.didYouMean': 'Did you mean:',
    'search.kind.IDEA': 'Idea',
    'search.kind.DISCUSSION': 'Discussion',
    'search.kind.INNOVATION': 'Innovation',
    'search.kind.COURSE': 'Course',
    'search.kind.SERVICE': 'Service',
    'search.kind.ORGANIZATION': 'Organisation',
    'search.kind.SURVEY': 'Survey',
  },
});
