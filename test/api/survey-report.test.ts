import { RecordSurveyFollowUpPlanDocument, SurveyReportDocument, SurveyReportSuggestionsDocument } from '@gotong/graphql-client';
import { parse } from 'csv-parse/sync';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, testAdmin, type TestApp } from '../support/app.js';
import { agencyWithService, signIn, type SignedIn } from '../support/people.js';

const reportQuery = print(SurveyReportDocument);
const suggestionsQuery = print(SurveyReportSuggestionsDocument);
const recordPlan = print(RecordSurveyFollowUpPlanDocument);

/**
 * The demo survey, answered by six respondents (population 100: Krejcie and Morgan's minimum sample is 80).
 *
 *        U1 U2 U3 U4 U5 U6 U7 U8 U9   gender  age       education         occupation        suggestion
 *   R1    4  4  4  4  4  4  4  4  4   FEMALE  20–29     BACHELOR          CIVIL_SERVANT     yes
 *   R2    3  3  3  3  3  3  3  3  3   MALE    30–39     SENIOR_SECONDARY  SELF_EMPLOYED
 *   R3    4  3  2  4  3  3  4  2  3   FEMALE  30–39     BACHELOR          PRIVATE_EMPLOYEE  yes
 *   R4    2  2  1  4  3  2  3  1  2   MALE    —         DIPLOMA           —
 *   R5    3  4  3  4  4  3  4  3  3   —       —         —                 —
 *   R6    4  3  3  4  3  4  4  2  4   FEMALE  60+       PRIMARY           OTHER
 *   sum  20 19 16 23 20 19 22 15 19   = 173
 *
 * Worked by hand:
 *   NRR = sum / 6: 3.3333, 3.1667, 2.6667, 3.8333, 3.3333, 3.1667, 3.6667, 2.5, 3.1667; weighted NRR = NRR / 9.
 *   Element score = sum × 25 / 6, half-up to two decimals, graded (A ≥ 88.31, B ≥ 76.61, C ≥ 65.00):
 *     U1 83.33 B, U2 79.17 B, U3 66.67 C, U4 95.83 A, U5 83.33 B, U6 79.17 B, U7 91.67 A, U8 62.50 D, U9 79.17 B.
 *   Index = 173 / (6 × 9) = 3.20370…; IKM = 173 × 25 / 54 = 80.0925… → 80.09, grade B, "Baik".
 *   Profile (shares of 6): gender MALE 2 (1/3), FEMALE 3 (1/2), left out 1 (1/6);
 *     age UNDER_20 0, 20–29 1, 30–39 2, 40–49 0, 50–59 0, 60+ 1, left out 2;
 *     education PRIMARY 1, JUNIOR_SECONDARY 0, SENIOR_SECONDARY 1, DIPLOMA 1, BACHELOR 2, POSTGRADUATE 0, left out 1;
 *     occupation CIVIL_SERVANT 1, MILITARY_OR_POLICE 0, PRIVATE_EMPLOYEE 1, SELF_EMPLOYED 1, STUDENT 0, OTHER 1, left out 2.
 */
const respondents = [
  { answers: [4, 4, 4, 4, 4, 4, 4, 4, 4], gender: 'FEMALE', ageBand: 'FROM_20_TO_29', education: 'BACHELOR', occupation: 'CIVIL_SERVANT', suggestion: 'Pertahankan petugas yang ramah.' },
  { answers: [3, 3, 3, 3, 3, 3, 3, 3, 3], gender: 'MALE', ageBand: 'FROM_30_TO_39', education: 'SENIOR_SECONDARY', occupation: 'SELF_EMPLOYED' },
  { answers: [4, 3, 2, 4, 3, 3, 4, 2, 3], gender: 'FEMALE', ageBand: 'FROM_30_TO_39', education: 'BACHELOR', occupation: 'PRIVATE_EMPLOYEE', suggestion: 'Antrean di loket terlalu lama.' },
  { answers: [2, 2, 1, 4, 3, 2, 3, 1, 2], gender: 'MALE', education: 'DIPLOMA' },
  { answers: [3, 4, 3, 4, 4, 3, 4, 3, 3] },
  { answers: [4, 3, 3, 4, 3, 4, 4, 2, 4], gender: 'FEMALE', ageBand: 'FROM_60', education: 'PRIMARY', occupation: 'OTHER' },
];

const byHand = {
  sums: [20, 19, 16, 23, 20, 19, 22, 15, 19],
  scores: [83.33, 79.17, 66.67, 95.83, 83.33, 79.17, 91.67, 62.5, 79.17],
  grades: ['B', 'B', 'C', 'A', 'B', 'B', 'A', 'D', 'B'],
  index: 173 / 54,
  ikm: 80.09,
  profile: {
    GENDER: [['MALE', 2], ['FEMALE', 3], [null, 1]],
    AGE_BAND: [['UNDER_20', 0], ['FROM_20_TO_29', 1], ['FROM_30_TO_39', 2], ['FROM_40_TO_49', 0], ['FROM_50_TO_59', 0], ['FROM_60', 1], [null, 2]],
    EDUCATION: [['PRIMARY', 1], ['JUNIOR_SECONDARY', 0], ['SENIOR_SECONDARY', 1], ['DIPLOMA', 1], ['BACHELOR', 2], ['POSTGRADUATE', 0], [null, 1]],
    OCCUPATION: [['CIVIL_SERVANT', 1], ['MILITARY_OR_POLICE', 0], ['PRIVATE_EMPLOYEE', 1], ['SELF_EMPLOYED', 1], ['STUDENT', 0], ['OTHER', 1], [null, 2]],
  },
};

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
const plan = 'Menambah satu loket antrean dan melatih petugas penanganan pengaduan pada triwulan I 2027.';

describe('the official SKM report', () => {
  let app: TestApp;
  let officer: SignedIn;
  let citizen: SignedIn;
  let staffMember: SignedIn;
  let otherOfficer: SignedIn;
  let surveyId: string;

  async function report(who: SignedIn | null) {
    const response = await app.graphql(reportQuery, { id: surveyId, locale: 'id' }, { token: who?.token });
    expect(response.errors).toBeUndefined();
    return response.data!.survey.report;
  }
  const download = (who: SignedIn | null, path: string) => fetch(`${app.url}${path}`, { headers: who ? { authorization: `Bearer ${who.token}` } : {} });
  const record = (who: SignedIn | null, text: string) => app.graphql(recordPlan, { input: { surveyId, plan: text } }, { token: who?.token });

  beforeAll(async () => {
    app = await startTestApp({ environment: { RATE_LIMIT_WRITES_PER_PERSON_PER_MINUTE: '1000', RATE_LIMIT_WRITES_PER_ADDRESS_PER_MINUTE: '10000' } });
    const admin = await signIn(app, testAdmin.email, testAdmin.password);
    let serviceId: string;
    ({ officer, citizen, staffMember, otherOfficer, serviceId } = await agencyWithService(app, admin, {
      agency: 'Disdukcapil Kota Laporan',
      otherAgency: 'Bapenda Kota Laporan',
      partner: 'PT Mitra Laporan',
      officer: 'Petugas Laporan',
      otherOfficer: 'Petugas Dinas Lain',
      service: { name: 'Penerbitan Kartu Identitas Anak', population: 100 },
    }));
    const created = await app.graphql(
      `mutation ($input: CreateSurveyInput!) { createSurvey(input: $input) { survey { id } errors { code } } }`,
      { input: { serviceId, title: 'SKM Layanan KIA', period: 'Semester II 2026', opensAt: inDays(-1), closesAt: inDays(30) } },
      { token: officer.token },
    );
    surveyId = created.data!.createSurvey.survey.id;
    for (const [index, respondent] of respondents.entries()) {
      const answered = await app.graphql(
        `mutation ($input: SubmitSurveyResponseInput!) { submitSurveyResponse(input: $input) { errors { code field } } }`,
        { input: { surveyId, respondentKey: `report-respondent-${index}-0123456789`, ...respondent } },
      );
      expect(answered.data?.submitSurveyResponse.errors).toEqual([]);
    }
  });
  afterAll(() => app?.close());

  it('is only for the agency while the survey is open, and takes no follow-up plan yet', async () => {
    expect(await report(null)).toBeNull();
    expect(await report(citizen)).toBeNull();
    expect(await report(otherOfficer)).toBeNull();
    expect(await report(officer)).toMatchObject({ results: { responseCount: 6 }, viewerCanRecordFollowUpPlan: false });
    const suggestions = await app.graphql(suggestionsQuery, { id: surveyId }, { token: citizen.token });
    expect(suggestions.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await download(null, `/survei/${encodeURIComponent(surveyId)}/jawaban.csv`)).status).toBe(404);
    expect((await download(citizen, `/survei/${encodeURIComponent(surveyId)}/jawaban.csv`)).status).toBe(404);
    const early = await record(officer, plan);
    expect(early.data?.recordSurveyFollowUpPlan.errors).toEqual([expect.objectContaining({ code: 'NOT_ALLOWED_NOW', field: 'input.surveyId', messageKey: 'reports.followUp.refused.open' })]);

    const closed = await app.graphql(`mutation ($input: CloseSurveyInput!) { closeSurvey(input: $input) { errors { code } } }`, { input: { surveyId } }, { token: officer.token });
    expect(closed.data?.closeSurvey.errors).toEqual([]);
  });

  it('once closed, gives everyone the numbers worked out by hand', async () => {
    const { results, profile, followUpPlan, viewerCanRecordFollowUpPlan } = await report(null);
    expect(results).toMatchObject({ responseCount: 6, minimumSample: 80, sufficient: false, ikm: byHand.ikm, grade: 'B', performance: 'Baik' });
    expect(results.index).toBeCloseTo(byHand.index, 12);
    expect(results.elements.map((element: { code: string }) => element.code)).toEqual(['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9']);
    results.elements.forEach((element: { nrr: number; weightedNrr: number; score: number; grade: string }, index: number) => {
      expect(element.nrr).toBeCloseTo(byHand.sums[index]! / 6, 12);
      expect(element.weightedNrr).toBeCloseTo(byHand.sums[index]! / 6 / 9, 12);
      expect(element.score).toBe(byHand.scores[index]);
      expect(element.grade).toBe(byHand.grades[index]);
    });
    // The weighted NRRs add up to the index: weight exactly 1/9, not 0.111.
    expect(results.elements.reduce((total: number, element: { weightedNrr: number }) => total + element.weightedNrr, 0)).toBeCloseTo(byHand.index, 12);
    expect(profile.map((table: { dimension: string }) => table.dimension)).toEqual(['GENDER', 'AGE_BAND', 'EDUCATION', 'OCCUPATION']);
    for (const table of profile as { dimension: keyof typeof byHand.profile; rows: { value: string | null; count: number; share: number }[] }[]) {
      expect(table.rows.map((row) => [row.value, row.count])).toEqual(byHand.profile[table.dimension]);
      for (const row of table.rows) expect(row.share).toBeCloseTo(row.count / 6, 12);
    }
    expect({ followUpPlan, viewerCanRecordFollowUpPlan }).toEqual({ followUpPlan: '', viewerCanRecordFollowUpPlan: false });

    // The suggestions are public now, as text and a time only.
    const suggestions = await app.graphql(suggestionsQuery, { id: surveyId });
    expect(suggestions.data?.survey.suggestions.edges.map((edge: { node: { text: string } }) => Object.keys(edge.node).sort())).toEqual([['createdAt', 'text'], ['createdAt', 'text']]);
    expect(suggestions.data?.survey.suggestions.edges.map((edge: { node: { text: string } }) => edge.node.text).sort()).toEqual(['Antrean di loket terlalu lama.', 'Pertahankan petugas yang ramah.']);
  });

  it('downloads the anonymised responses as CSV: answers and profile, no suggestion, time or respondent', async () => {
    const { responsesCsvPath } = await report(null);
    const response = await download(null, responsesCsvPath);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows: Record<string, string>[] = parse(new TextDecoder().decode(bytes), { bom: true, columns: true });
    expect(Object.keys(rows[0]!)).toEqual(['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8', 'u9', 'gender', 'age_band', 'education', 'occupation']);
    const asRow = (respondent: (typeof respondents)[number] & Record<string, unknown>) =>
      [...respondent.answers.map(String), respondent.gender ?? '', respondent.ageBand ?? '', respondent.education ?? '', respondent.occupation ?? ''].join('|');
    expect(rows.map((row) => Object.values(row).join('|')).sort()).toEqual(respondents.map(asRow).sort());
  });

  it("takes the follow-up plan from the agency's officers only, and publishes it with the report", async () => {
    expect((await record(null, plan)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    for (const refused of [citizen, staffMember, otherOfficer]) expect((await record(refused, plan)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await record(officer, 'Terlalu pendek')).data?.recordSurveyFollowUpPlan.errors).toEqual([expect.objectContaining({ code: 'TOO_SHORT', field: 'input.plan' })]);
    expect((await report(officer)).viewerCanRecordFollowUpPlan).toBe(true);
    expect((await record(officer, `  ${plan}\u202E `)).data?.recordSurveyFollowUpPlan.errors).toEqual([]);
    const published = await report(null);
    expect(published.followUpPlan).toBe(plan);
    expect(Date.parse(published.followUpPlanRecordedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(published.viewerCanRecordFollowUpPlan).toBe(false);
  });
});
