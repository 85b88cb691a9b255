import { defineMessages } from './define.js';

/** Public services of the agencies. */
export const services = defineMessages({
  id: {
    'services.add': 'Tambah layanan publik',
    'services.addHint': 'Layanan yang diberikan instansi ini, misalnya penerbitan KTP-el.',
    'services.name': 'Nama layanan',
    'services.description': 'Deskripsi',
    'services.population': 'Jumlah penerima layanan per periode survei',
    'services.populationHint': 'Menentukan jumlah sampel minimum survei kepuasan (opsional).',
    'services.submit': 'Tambah layanan',
    'services.added': 'Layanan ditambahkan.',
    'services.by': 'oleh {agency}',
    'services.population.value': '{count, plural, other {# penerima layanan per periode}}',
  },
  en: {
    'services.add': 'Add a public service',
    'services.addHint': 'A service this agency provides, e.g. issuing electronic ID cards.',
    'services.name': 'Name of the service',
    'services.description': 'Description',
    'services.population': 'People served per survey period',
    'services.populationHint': 'Sets the minimum sample of satisfaction surveys (optional).',
    'services.submit': 'Add service',
    'services.added': 'Service added.',
    'services.by': 'by {agency}',
    'services.population.value': '{count, plural, one {# person served per period} other {# people served per period}}',
  },
});
