import { createHash } from 'node:crypto';
import { respondentAgeBands, respondentEducations, respondentGenders, respondentOccupations, surveyElementCodes } from '@gotong/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import { User } from '../../modules/accounts/user.entity.js';
import { Service } from '../../modules/services/service.entity.js';
import { SurveyResponse } from '../../modules/surveys/survey-response.entity.js';
import { Survey } from '../../modules/surveys/survey.entity.js';

type DemoSurvey = {
  service: string;
  officer: string;
  title: string;
  period: string;
  opensDaysAgo: number;
  /** Negative: still open for that many days. */
  closesDaysAgo: number;
  responses: number;
  /** The average answer of each element U1..U9 the responses are drawn around. */
  averages: number[];
  suggestions?: string[];
  /** Demo people who answered signed in (the rest answered anonymously). */
  signedIn?: string[];
};

/**
 * Surveys around the demo innovations: the birth certificate service before implementation (IKM 78.40, B) and
 * after (88.88, A), as its evaluation report quotes; property tax before and after QRIS; surveys still open, one
 * short of its minimum sample.
 */
const demoSurveys: DemoSurvey[] = [
  {
    service: 'akta-kelahiran-bandung',
    officer: 'hendra@dukcapil.bandung.go.id',
    title: 'Survei Kepuasan Masyarakat Layanan Akta Kelahiran',
    period: 'Semester I 2025',
    opensDaysAgo: 430,
    closesDaysAgo: 340,
    responses: 380,
    averages: [3.2, 2.95, 2.85, 3.6, 3.2, 3.1, 3.3, 2.9, 3.0],
    suggestions: ['Antrean pencatatan kelahiran di kecamatan terlalu panjang.', 'Mohon akta bisa diurus dari rumah sakit.'],
  },
  {
    service: 'akta-kelahiran-bandung',
    officer: 'hendra@dukcapil.bandung.go.id',
    title: 'Survei Kepuasan Masyarakat Layanan Akta Kelahiran',
    period: 'Semester II 2025',
    opensDaysAgo: 200,
    closesDaysAgo: 110,
    responses: 390,
    averages: [3.6, 3.5, 3.6, 3.8, 3.5, 3.5, 3.6, 3.55, 3.5],
    suggestions: ['Akta sudah jadi sebelum kami pulang dari rumah sakit, terima kasih.', 'Kirim pemberitahuan lewat WhatsApp saat akta terbit.'],
  },
  {
    service: 'akta-kelahiran-bandung',
    officer: 'yuni@dukcapil.bandung.go.id',
    title: 'Survei Kepuasan Masyarakat Layanan Akta Kelahiran',
    period: 'Semester II 2026',
    opensDaysAgo: 20,
    closesDaysAgo: -40,
    responses: 24,
    averages: [3.6, 3.5, 3.7, 3.8, 3.5, 3.6, 3.6, 3.3, 3.4],
    signedIn: ['siti@warga.id'],
  },
  {
    service: 'pembayaran-pbb-surabaya',
    officer: 'lina@bapenda.surabaya.go.id',
    title: 'Survei Kepuasan Wajib Pajak PBB-P2',
    period: 'Tahun 2025 (sebelum QRIS)',
    opensDaysAgo: 240,
    closesDaysAgo: 150,
    responses: 390,
    averages: [3.0, 2.8, 2.9, 3.3, 3.0, 3.0, 3.1, 2.7, 2.9],
  },
  {
    service: 'pembayaran-pbb-surabaya',
    officer: 'lina@bapenda.surabaya.go.id',
    title: 'Survei Kepuasan Wajib Pajak PBB-P2',
    period: 'Semester I 2026',
    opensDaysAgo: 120,
    closesDaysAgo: 30,
    responses: 385,
    averages: [3.3, 3.3, 3.4, 3.4, 3.2, 3.2, 3.3, 3.1, 3.2],
    suggestions: ['QRIS di SPPT sangat memudahkan.'],
  },
  {
    service: 'penerbitan-e-ktp-bandung',
    officer: 'yuni@dukcapil.bandung.go.id',
    title: 'Survei Kepuasan Masyarakat Perekaman KTP-el',
    period: 'Triwulan IV 2026',
    opensDaysAgo: 10,
    closesDaysAgo: -50,
    responses: 12,
    averages: [3.1, 2.6, 2.2, 3.7, 3.0, 3.1, 3.2, 2.8, 2.7],
    suggestions: ['Nomor antrean habis sebelum pukul delapan pagi.'],
  },
];

const dayMs = 24 * 60 * 60 * 1000;

/** A small deterministic generator, so the demo's results are the same on every start. */
function randomNumbers(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

/** An answer on 1..4 whose expected value is `average`: the two nearest answers, mixed. */
function answerAround(average: number, random: () => number): number {
  const lower = Math.floor(average);
  return Math.min(4, lower + (random() < average - lower ? 1 : 0));
}

const pick = <T>(values: readonly T[], random: () => number): T | null => (random() < 0.15 ? null : values[Math.floor(random() * values.length)]!);

export async function seedSurveys(em: EntityManager): Promise<void> {
  const now = Date.now();
  const at = (daysAgo: number) => new Date(now - daysAgo * dayMs);
  const [services, people] = await Promise.all([
    em.find(Service, {}, { populate: ['agency'] }).then((list) => new Map(list.map((service) => [service.slug, service]))),
    em.find(User, {}).then((users) => new Map(users.map((user) => [user.email, user]))),
  ]);
  demoSurveys.forEach((demo, surveyIndex) => {
    const service = services.get(demo.service)!;
    const survey = em.create(Survey, {
      service,
      agency: service.agency,
      createdBy: people.get(demo.officer)!,
      title: demo.title,
      period: demo.period,
      opensAt: at(demo.opensDaysAgo),
      closesAt: at(demo.closesDaysAgo),
      createdAt: at(demo.opensDaysAgo + 3),
      updatedAt: at(Math.max(demo.closesDaysAgo, 0)),
    });
    const random = randomNumbers(surveyIndex + 1);
    const sums = surveyElementCodes.map(() => 0);
    for (let index = 0; index < demo.responses; index += 1) {
      const answers = demo.averages.map((average) => answerAround(average, random));
      answers.forEach((answer, element) => (sums[element]! += answer));
      const respondent = demo.signedIn?.[index] ? people.get(demo.signedIn[index])! : null;
      const answeredAt = at(demo.opensDaysAgo - ((demo.opensDaysAgo - Math.max(demo.closesDaysAgo, 0)) * (index + 1)) / (demo.responses + 1));
      em.create(SurveyResponse, {
        survey,
        respondent,
        browserKeyHash: respondent ? null : createHash('sha256').update(`demo-${surveyIndex}-${index}`).digest('hex'),
        answers,
        suggestion: demo.suggestions?.[index] ?? '',
        gender: pick(respondentGenders, random),
        ageBand: pick(respondentAgeBands, random),
        education: pick(respondentEducations, random),
        occupation: pick(respondentOccupations, random),
        createdAt: answeredAt,
        updatedAt: answeredAt,
      });
    }
    survey.responseCount = demo.responses;
    survey.elementSums = sums;
  });
  await em.flush();
}
