import { describe, expect, it } from 'vitest';
import { computeSurveyIndex, createSurveySchema, gradeOfIkm, isSurveyOpen, minimumSample, surveyElements, surveyResponseSchema } from './surveys.js';

/** Every element with the same sum over `count` responses. */
const uniform = (sum: number, count: number) => computeSurveyIndex(Array(9).fill(sum), Array(9).fill(count));

describe('satisfaction index (IKM)', () => {
  it('has the nine elements of the regulation, in its order', () => {
    expect(surveyElements.map((element) => element.code)).toEqual(['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9']);
    expect(surveyElements[7]!.label.id).toBe('Penanganan pengaduan, saran dan masukan');
    expect(surveyElements[8]!.label.id).toBe('Sarana dan prasarana');
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

  it('has no index without responses', () => {
    expect(uniform(0, 0)).toBeNull();
  });
});

describe('minimum sample (Krejcie and Morgan)', () => {
  it('matches the published table', () => {
    expect(minimumSample(10)).toBe(10);
    expect(minimumSample(100)).toBe(80);
    expect(minimumSample(1000)).toBe(278);
    expect(minimumSample(10000)).toBe(370);
    expect(minimumSample(1000000)).toBe(384);
    expect(minimumSample(1)).toBe(1);
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
