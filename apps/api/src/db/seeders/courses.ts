import type { CourseFormat } from '@gotong/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import { User } from '../../modules/accounts/user.entity.js';
import { Course, CourseInnovation } from '../../modules/courses/course.entity.js';
import { Enrollment } from '../../modules/courses/enrollment.entity.js';
import { Organization } from '../../modules/organizations/organization.entity.js';
import { Innovation } from '../../modules/pipeline/innovation.entity.js';

/** A day relative to today at 09:00 in Jakarta (02:00 UTC). */
const onDay = (days: number, hour = 2) => {
  const day = new Date(Date.now() + days * 86_400_000);
  day.setUTCHours(hour, 0, 0, 0);
  return day;
};

type DemoCourse = {
  title: string;
  summary: string;
  format: CourseFormat;
  /** Day offsets from today (negative: past), each 3 hours long. */
  sessionDays: number[];
  place: string;
  capacity: number;
  competencies: string[];
  innovations: string[];
  enrolled: string[];
  completed: string[];
};

const demoCourses: DemoCourse[] = [
  {
    title: 'Pelayanan Prima untuk Petugas Loket',
    summary: 'Standar pelayanan, komunikasi yang ramah, penanganan keluhan dan pelayanan bagi penyandang disabilitas di loket pelayanan publik.',
    format: 'IN_PERSON',
    sessionDays: [-30, -29],
    place: 'Aula LPA Mandiri, Jl. Diponegoro 22, Bandung',
    capacity: 25,
    competencies: ['pelayanan publik', 'komunikasi'],
    innovations: ['Akta kelahiran dari rumah sakit'],
    enrolled: [],
    completed: ['yuni@dukcapil.bandung.go.id', 'hendra@dukcapil.bandung.go.id'],
  },
  {
    title: 'Literasi Digital Aparatur',
    summary: 'Keamanan data pribadi warga, tanda tangan elektronik dan penggunaan aplikasi layanan daring bagi aparatur.',
    format: 'HYBRID',
    sessionDays: [14, 21],
    place: 'Daring (Zoom) dan Aula LPA Mandiri, Bandung',
    capacity: 30,
    competencies: ['literasi digital', 'pelindungan data pribadi'],
    innovations: ['Antrean daring e-KTP'],
    enrolled: ['yuni@dukcapil.bandung.go.id', 'wahyu@dpmptsp.slemankab.go.id', 'rina@warga.id'],
    completed: [],
  },
  {
    title: 'Manajemen Inovasi Daerah',
    summary: 'Dari masalah layanan ke inovasi yang dilembagakan: analisis kebutuhan, uji coba dengan KPI, evaluasi dan dasar hukum.',
    format: 'ONLINE',
    sessionDays: [30],
    place: '',
    capacity: 50,
    competencies: ['manajemen inovasi'],
    innovations: [],
    enrolled: ['lina@bapenda.surabaya.go.id', 'dewi@warga.id'],
    completed: [],
  },
];

/** Lembaga Pelatihan Aparatur Mandiri's courses, with enrolments and completions. */
export async function seedCourses(em: EntityManager): Promise<void> {
  const institute = await em.findOneOrFail(Organization, { slug: 'lpa-mandiri' });
  const trainer = await em.findOneOrFail(User, { email: 'fajar@lpa-mandiri.ac.id' });
  for (const demo of demoCourses) {
    const sessions = demo.sessionDays.map((days) => ({ startsAt: onDay(days).toISOString(), endsAt: onDay(days, 5).toISOString(), place: demo.place }));
    const course = em.create(Course, {
      institute,
      createdBy: trainer,
      title: demo.title,
      summary: demo.summary,
      format: demo.format,
      status: 'PUBLISHED',
      sessions,
      firstSessionStartsAt: onDay(demo.sessionDays[0]!),
      capacity: demo.capacity,
      seatsTaken: demo.enrolled.length + demo.completed.length,
      competencies: demo.competencies,
      createdAt: onDay(Math.min(demo.sessionDays[0]!, 0) - 20),
    });
    for (const title of demo.innovations) em.create(CourseInnovation, { course, innovation: await em.findOneOrFail(Innovation, { title }) });
    for (const email of demo.enrolled) em.create(Enrollment, { course, user: await em.findOneOrFail(User, { email }) });
    for (const email of demo.completed) {
      const completedAt = onDay(demo.sessionDays.at(-1)!, 6);
      em.create(Enrollment, { course, user: await em.findOneOrFail(User, { email }), status: 'COMPLETED', completedAt, completedBy: trainer });
    }
  }
  await em.flush();
}
