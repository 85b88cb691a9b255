import { z } from 'zod';

/**
 * Community satisfaction surveys (Survei Kepuasan Masyarakat) and their index (IKM), per Peraturan Menteri PANRB
 * Nomor 14 Tahun 2017: nine elements answered on 1..4, each element's average (NRR) weighted exactly 1/9.
 * All arithmetic is exact (integer sums, rational index): the grade boundaries are two-decimal values and a binary
 * float would put a score that sits on a boundary on the wrong side of it.
 */
export const surveyElementCodes = ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'] as const;
export type SurveyElementCode = (typeof surveyElementCodes)[number];

/** The four answers, simplified from the regulation's per-element wording. */
export const surveyAnswerValues = [1, 2, 3, 4] as const;

export const surveyGrades = ['A', 'B', 'C', 'D'] as const;
export type SurveyGrade = (typeof surveyGrades)[number];

/** The grade of an IKM given in hundredths (88.31 → 8831), the value after rounding. */
export function gradeOfIkm(ikmHundredths: number): SurveyGrade {
  if (ikmHundredths >= 8831) return 'A';
  if (ikmHundredths >= 7661) return 'B';
  if (ikmHundredths >= 6500) return 'C';
  return 'D';
}

function greatestCommonDivisor(a: bigint, b: bigint): bigint {
  return b === 0n ? a : greatestCommonDivisor(b, a % b);
}

/** numerator / denominator rounded half-up to an integer, for non-negative integers. */
function roundHalfUp(numerator: bigint, denominator: bigint): bigint {
  return (2n * numerator + denominator) / (2n * denominator);
}

export type SurveyElementResult = {
  code: SurveyElementCode;
  /** Nilai rata-rata (average answer) of the element, on 1..4. */
  nrr: number;
  /** The NRR times exactly 1/9. */
  weightedNrr: number;
  /** The element's own score: its NRR times 25, rounded half-up to two decimals (25..100), graded like the IKM. */
  score: number;
  grade: SurveyGrade;
};

export type SurveyIndex = {
  elements: SurveyElementResult[];
  /** The sum of the weighted NRRs, on 1..4. */
  index: number;
  /** The index times 25, rounded half-up to two decimals (so 25..100), as hundredths: 8831 is 88.31. */
  ikmHundredths: number;
  ikm: number;
  grade: SurveyGrade;
};

/**
 * The index from each element's sum of answers and number of answers (U1..U9 in order). Null without answers.
 * The weighted sum Σ (sumᵢ / countᵢ) / 9 is kept as one fraction; only the IKM in hundredths is rounded, half-up.
 */
export function computeSurveyIndex(sums: readonly number[], counts: readonly number[]): SurveyIndex | null {
  if (sums.length !== surveyElementCodes.length || counts.length !== surveyElementCodes.length) throw new Error('A survey has nine elements');
  if (counts.some((count) => !Number.isInteger(count) || count <= 0) || sums.some((sum) => !Number.isInteger(sum) || sum < 0)) return null;
  const denominators = counts.map(BigInt);
  const common = denominators.reduce((multiple, count) => (multiple * count) / greatestCommonDivisor(multiple, count), 1n);
  // Σ sumᵢ / countᵢ = (Σ sumᵢ · common / countᵢ) / common; the index is that over 9, the IKM 25 times the index.
  const numerator = sums.reduce((total, sum, index) => total + BigInt(sum) * (common / denominators[index]!), 0n);
  const ikmHundredths = Number(roundHalfUp(numerator * 2500n, common * 9n));
  const elements = surveyElementCodes.map((code, index) => {
    const nrr = sums[index]! / counts[index]!;
    const scoreHundredths = Number(roundHalfUp(BigInt(sums[index]!) * 2500n, denominators[index]!));
    return { code, nrr, weightedNrr: nrr / 9, score: scoreHundredths / 100, grade: gradeOfIkm(scoreHundredths) };
  });
  return {
    elements,
    index: Number(numerator) / Number(common) / 9,
    ikmHundredths,
    ikm: ikmHundredths / 100,
    grade: gradeOfIkm(ikmHundredths),
  };
}

/**
 * The minimum sample for a population, as Krejcie and Morgan's (1970) published table gives it (PermenPANRB 14/2017
 * refers to that table): s = X²NP(1−P) / (d²(N−1) + X²P(1−P)) with X² = 3.841, P = 0.5 and d = 0.05, rounded to the
 * nearest whole number (half up). Rounding up, or X² = 3.8416, misses rows of the table (N = 15 gives 14.47 → 14;
 * N = 1,700 gives 313.46 → 313, but 313.50 with 3.8416). Multiplied through by 4000 it is
 * 3841·N / (10·(N−1) + 3841), computed in integers.
 */
export function minimumSample(population: number): number {
  if (!Number.isInteger(population) || population < 1) throw new Error('A population is a positive whole number');
  return Number(roundHalfUp(3841n * BigInt(population), 10n * BigInt(population - 1) + 3841n));
}

/** The regulation's respondent profile (all optional: a respondent may leave any of it out). */
export const respondentGenders = ['MALE', 'FEMALE'] as const;
export const respondentAgeBands = ['UNDER_20', 'FROM_20_TO_29', 'FROM_30_TO_39', 'FROM_40_TO_49', 'FROM_50_TO_59', 'FROM_60'] as const;
export const respondentEducations = ['PRIMARY', 'JUNIOR_SECONDARY', 'SENIOR_SECONDARY', 'DIPLOMA', 'BACHELOR', 'POSTGRADUATE'] as const;
export const respondentOccupations = ['CIVIL_SERVANT', 'MILITARY_OR_POLICE', 'PRIVATE_EMPLOYEE', 'SELF_EMPLOYED', 'STUDENT', 'OTHER'] as const;
export type RespondentGender = (typeof respondentGenders)[number];
export type RespondentAgeBand = (typeof respondentAgeBands)[number];
export type RespondentEducation = (typeof respondentEducations)[number];
export type RespondentOccupation = (typeof respondentOccupations)[number];

/** The respondent profile tables of the SKM report, in the regulation's order, each with the values it counts. */
export const respondentProfileDimensions = [
  { dimension: 'GENDER', column: 'gender', values: respondentGenders },
  { dimension: 'AGE_BAND', column: 'age_band', values: respondentAgeBands },
  { dimension: 'EDUCATION', column: 'education', values: respondentEducations },
  { dimension: 'OCCUPATION', column: 'occupation', values: respondentOccupations },
] as const;
export type RespondentProfileDimension = (typeof respondentProfileDimensions)[number]['dimension'];
export const respondentProfileDimensionNames = respondentProfileDimensions.map((entry) => entry.dimension);

export type ProfileRow = { value: string | null; count: number; share: number };

/**
 * One profile table from the counts of the values respondents gave: every value of the dimension in order (zero
 * when nobody gave it), then those who left it out (value null) when there are any. Shares are of all responses.
 */
export function profileTable(values: readonly string[], counts: ReadonlyMap<string | null, number>, responseCount: number): ProfileRow[] {
  const share = (count: number) => (responseCount > 0 ? count / responseCount : 0);
  const rows: ProfileRow[] = values.map((value) => ({ value, count: counts.get(value) ?? 0, share: share(counts.get(value) ?? 0) }));
  const notStated = counts.get(null) ?? 0;
  return notStated > 0 ? [...rows, { value: null, count: notStated, share: share(notStated) }] : rows;
}

export const maxSuggestionLength = 2000;
export const maxFollowUpPlanLength = 10000;

/** Drops control characters (except line breaks) from free text; the pages show it as text, never as HTML. */
export function plainText(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0009\u000B-\u001F\u007F\u200B-\u200F\u202A-\u202E\u2066-\u2069]/g, '').trim();
}

const answer = z.number({ message: 'required' }).int({ message: 'invalid' }).min(1, { message: 'invalid' }).max(4, { message: 'invalid' });

export const surveyResponseSchema = z.object({
  answers: z.array(answer, { message: 'invalid' }).length(surveyElementCodes.length, { message: 'invalid' }),
  suggestion: z.string().transform(plainText).pipe(z.string().max(maxSuggestionLength, { message: 'tooLong' })).optional(),
  gender: z.enum(respondentGenders, { message: 'invalid' }).optional(),
  ageBand: z.enum(respondentAgeBands, { message: 'invalid' }).optional(),
  education: z.enum(respondentEducations, { message: 'invalid' }).optional(),
  occupation: z.enum(respondentOccupations, { message: 'invalid' }).optional(),
});
export type SurveyResponseInput = z.infer<typeof surveyResponseSchema>;

const text = (min: number, max: number) => z.string().trim().min(1, { message: 'required' }).min(min, { message: 'tooShort' }).max(max, { message: 'tooLong' });

export const createSurveySchema = z
  .object({
    title: text(5, 160),
    period: text(3, 60),
    opensAt: z.coerce.date({ message: 'invalid' }),
    closesAt: z.coerce.date({ message: 'invalid' }),
  })
  .refine((survey) => survey.closesAt > survey.opensAt, { message: 'invalid', path: ['closesAt'] });
export type CreateSurveyInput = z.infer<typeof createSurveySchema>;

/** The agency's follow-up plan (rencana tindak lanjut) after a survey closes. */
export const surveyFollowUpPlanSchema = z.object({
  plan: z.string().transform(plainText).pipe(text(20, maxFollowUpPlanLength)),
});
export type SurveyFollowUpPlanInput = z.infer<typeof surveyFollowUpPlanSchema>;

/** A survey takes answers from its opening until it closes (at closesAt, or earlier when closed by hand). */
export function isSurveyOpen(survey: { opensAt: Date; closesAt: Date }, now: Date): boolean {
  return survey.opensAt <= now && now < survey.closesAt;
}
