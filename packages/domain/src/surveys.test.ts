import { describe, expect, it } from 'vitest';
import {
  computeSurveyIndex,
  createSurveySchema,
  gradeOfIkm,
  isSurveyOpen,
  minimumSample,
  profileTable,
  surveyElementCodes,
  surveyFollowUpPlanSchema,
  surveyResponseSchema,
} from './surveys.js';

/** Every element with the same sum over `count` responses. */
const uniform = (sum: number, count: number) => computeSurveyIndex(Array(9).fill(sum), Array(9).fill(count));

describe('satisfaction index (IKM)', () => {
  it('has the nine elements of the regulation, in its order', () => {
    expect(surveyElementCodes).toEqual(['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9']);
  });

  it('grades on the exact boundaries of the table', () => {
    expect(gradeOfIkm(10000)).toBe('A');
    expect(gradeOfIkm(8831)).toBe('A');
    expect(gradeOfIkm(8830)).toBe('B');
    expect(gradeOfIkm(7661)).toBe('B');
    expect(gradeOfIkm(7660)).toBe('C');
    expect(gradeOfIkm(6500)).toBe('C');
    expect(gradeOfIkm(6499)).toBe('D');
    expect(gradeOfIkm(2500)).toBe('D');
  });

  it('reaches each boundary from the answers, exactly', () => {
    // 10,000 responses: IKM = 25 × (Σ sums) / (9 × 10,000).
    expect(uniform(35320, 10000)).toMatchObject({ ikm: 88.3, grade: 'B' });
    expect(uniform(30644, 10000)).toMatchObject({ ikm: 76.61, grade: 'B' });
    expect(uniform(30640, 10000)).toMatchObject({ ikm: 76.6, grade: 'C' });
    expect(uniform(26000, 10000)).toMatchObject({ ikm: 65, grade: 'C' });
    expect(uniform(25996, 10000)).toMatchObject({ ikm: 64.99, grade: 'D' });
  });

  it('rounds half-up to two decimals before grading, exactly where doubles would round down', () => {
    // 40 responses, every element summing to 87: IKM = 25 × 783 / 360 = 54.375 exactly; in doubles 54.37499….
    expect(Math.round((783 / 40 / 9) * 25 * 100)).toBe(5437);
    expect(uniform(87, 40)).toMatchObject({ ikmHundredths: 5438, ikm: 54.38 });
    expect(uniform(35322, 10000)).toMatchObject({ ikmHundredths: 8831, ikm: 88.31, grade: 'A' });
    expect(uniform(30642, 10000)).toMatchObject({ ikm: 76.61, grade: 'B' }); // 76.605
    expect(uniform(25998, 10000)).toMatchObject({ ikm: 65, grade: 'C' }); // 64.995
  });

  it('weighs each element exactly 1/9 (not 0.111)', () => {
    // Three responses, all 4 except U9 all 1: NRR 4 ×8 and 1; index = 33/9 = 3.666…; IKM 91.666… → 91.67.
    const result = computeSurveyIndex([12, 12, 12, 12, 12, 12, 12, 12, 3], Array(9).fill(3))!;
    expect(result.elements.map((element) => element.nrr)).toEqual([4, 4, 4, 4, 4, 4, 4, 4, 1]);
    expect(result.elements[0]!.weightedNrr).toBeCloseTo(4 / 9, 12);
    expect(result.index).toBeCloseTo(33 / 9, 12);
    expect(result).toMatchObject({ ikm: 91.67, grade: 'A' });
    // With 0.111 the same answers would give 3.663 × 25 = 91.58.
  });

  it('averages each element over its own count', () => {
    const result = computeSurveyIndex([7, 8, 8, 8, 8, 8, 8, 8, 8], [2, 2, 2, 2, 2, 2, 2, 2, 2])!;
    expect(result.elements[0]!.nrr).toBe(3.5);
    // (3.5 + 8 × 4) / 9 × 25 = 98.611… → 98.61
    expect(result.ikm).toBe(98.61);
    expect(computeSurveyIndex([6, 4, 4, 4, 4, 4, 4, 4, 4], [3, 1, 1, 1, 1, 1, 1, 1, 1])!.ikm).toBe(94.44);
  });

  it("scores and grades each element on its own NRR × 25, rounded half-up like the IKM", () => {
    // U1: 87 over 40 → NRR 2.175, × 25 = 54.375 → 54.38 (D); U2: 3533 over 1000 → 88.325 → 88.33 (A); U3: 88.30 (B).
    const result = computeSurveyIndex([87, 3533, 3532, 40, 160, 120, 104, 106, 130], [40, 1000, 1000, 40, 40, 40, 40, 40, 40])!;
    expect(result.elements.map((element) => [element.score, element.grade])).toEqual([
      [54.38, 'D'],
      [88.33, 'A'],
      [88.3, 'B'],
      [25, 'D'],
      [100, 'A'],
      [75, 'C'],
      [65, 'C'],
      [66.25, 'C'],
      [81.25, 'B'],
    ]);
  });

  it('has no index without responses', () => {
    expect(uniform(0, 0)).toBeNull();
  });
});

/**
 * Table 1 of Krejcie, R. V. and Morgan, D. W. (1970), "Determining Sample Size for Research Activities",
 * Educational and Psychological Measurement 30, 607–610: population N and sample S, every row as published.
 */
const krejcieMorganTable: readonly (readonly [population: number, sample: number])[] = [
  [10, 10], [15, 14], [20, 19], [25, 24], [30, 28], [35, 32], [40, 36], [45, 40], [50, 44], [55, 48],
  [60, 52], [65, 56], [70, 59], [75, 63], [80, 66], [85, 70], [90, 73], [95, 76], [100, 80], [110, 86],
  [120, 92], [130, 97], [140, 103], [150, 108], [160, 113], [170, 118], [180, 123], [190, 127], [200, 132], [210, 136],
  [220, 140], [230, 144], [240, 148], [250, 152], [260, 155], [270, 159], [280, 162], [290, 165], [300, 169], [320, 175],
  [340, 181], [360, 186], [380, 191], [400, 196], [420, 201], [440, 205], [460, 210], [480, 214], [500, 217], [550, 226],
  [600, 234], [650, 242], [700, 248], [750, 254], [800, 260], [850, 265], [900, 269], [950, 274], [1000, 278], [1100, 285],
  [1200, 291], [1300, 297], [1400, 302], [1500, 306], [1600, 310], [1700, 313], [1800, 317], [1900, 320], [2000, 322], [2200, 327],
  [2400, 331], [2600, 335], [2800, 338], [3000, 341], [3500, 346], [4000, 351], [4500, 354], [5000, 357], [6000, 361], [7000, 364],
  [8000, 367], [9000, 368], [10000, 370], [15000, 375], [20000, 377], [30000, 379], [40000, 380], [50000, 381], [75000, 382], [1000000, 384],
];

describe('minimum sample (Krejcie and Morgan)', () => {
  it('has the 90 rows of the published table', () => {
    expect(krejcieMorganTable).toHaveLength(90);
  });

  it.each(krejcieMorganTable)('N = %i needs S = %i', (population, sample) => {
    expect(minimumSample(population)).toBe(sample);
  });

  it('uses the same rule between rows: never falling as the population grows, never above it, at most 384', () => {
    let previous = 0;
    for (let population = 1; population <= 20000; population += 1) {
      const sample = minimumSample(population);
      expect(sample).toBeGreaterThanOrEqual(previous);
      expect(sample).toBeLessThanOrEqual(population);
      previous = sample;
    }
    expect(minimumSample(1)).toBe(1);
    expect(minimumSample(12)).toBe(12); // 11.67
    expect(minimumSample(105)).toBe(83); // 82.63
    expect(minimumSample(100000000)).toBe(384); // 384.1 at the limit
  });

  it('refuses a population that is not a positive whole number', () => {
    expect(() => minimumSample(0)).toThrow();
    expect(() => minimumSample(2.5)).toThrow();
  });
});

describe('respondent profile tables', () => {
  it('lists every value in order with its count and share of all responses, and those who left it out last', () => {
    const counts = new Map<string | null, number>([['FEMALE', 3], [null, 1]]);
    expect(profileTable(['MALE', 'FEMALE'], counts, 4)).toEqual([
      { value: 'MALE', count: 0, share: 0 },
      { value: 'FEMALE', count: 3, share: 0.75 },
      { value: null, count: 1, share: 0.25 },
    ]);
    expect(profileTable(['MALE', 'FEMALE'], new Map(), 0)).toEqual([
      { value: 'MALE', count: 0, share: 0 },
      { value: 'FEMALE', count: 0, share: 0 },
    ]);
  });

  it('takes a follow-up plan of 20 to 10,000 characters, as plain text', () => {
    expect(surveyFollowUpPlanSchema.parse({ plan: ' Menambah loket\u202E antrean pada triwulan I. ' }).plan).toBe('Menambah loket antrean pada triwulan I.');
    expect(surveyFollowUpPlanSchema.safeParse({ plan: 'Terlalu pendek' }).error?.issues[0]?.message).toBe('tooShort');
    expect(surveyFollowUpPlanSchema.safeParse({ plan: '   ' }).error?.issues[0]?.message).toBe('required');
  });
});

describe('survey forms', () => {
  it('takes nine answers of 1..4 and an optional profile; cleans the suggestion', () => {
    const parsed = surveyResponseSchema.parse({ answers: [1, 2, 3, 4, 4, 3, 2, 1, 4], suggestion: ' Loket\u0000 kurang\u202E \r\n', gender: 'FEMALE' });
    expect(parsed.suggestion).toBe('Loket kurang');
    expect(surveyResponseSchema.safeParse({ answers: [1, 2, 3, 4, 4, 3, 2, 1] }).success).toBe(false);
    const outOfScale = surveyResponseSchema.safeParse({ answers: [1, 2, 3, 4, 5, 3, 2, 1, 4] });
    expect(outOfScale.error?.issues[0]?.path).toEqual(['answers', 4]);
    expect(surveyResponseSchema.safeParse({ answers: Array(9).fill(3), ageBand: 'ANCIENT' }).success).toBe(false);
  });

  it('needs a survey to close after it opens, and is open in between', () => {
    const opensAt = new Date('2026-01-01T00:00:00Z');
    const closesAt = new Date('2026-07-01T00:00:00Z');
    expect(createSurveySchema.safeParse({ title: 'SKM Semester I', period: 'Semester I 2026', opensAt, closesAt }).success).toBe(true);
    const backwards = createSurveySchema.safeParse({ title: 'SKM Semester I', period: 'Semester I 2026', opensAt: closesAt, closesAt: opensAt });
    expect(backwards.error?.issues[0]?.path).toEqual(['closesAt']);
    expect(isSurveyOpen({ opensAt, closesAt }, new Date('2026-03-01T00:00:00Z'))).toBe(true);
    expect(isSurveyOpen({ opensAt, closesAt }, closesAt)).toBe(false);
    expect(isSurveyOpen({ opensAt, closesAt }, new Date('2025-12-31T00:00:00Z'))).toBe(false);
  });
});
