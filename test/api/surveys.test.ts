import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, testAdmin, type TestApp } from '../support/app.js';
import { agencyWithService, createOrganization, signIn, signUp, type SignedIn } from '../support/people.js';
import { liveClients, settled, subscribe } from '../support/ws-client.js';
import { recordKpiResult } from './pilot-proposals-support.js';

const resultsFields = /* GraphQL */ `
  responseCount minimumSample sufficient index ikm grade performance performanceEn: performance(locale: en)
  elements { code label labelEn: label(locale: en) nrr weightedNrr }
`;
const createSurvey = /* GraphQL */ `
  mutation ($input: CreateSurveyInput!) { createSurvey(input: $input) { survey { id title period open closed service { id } agency { id } } errors { code field message } } }
`;
const closeSurvey = /* GraphQL */ `
  mutation ($input: CloseSurveyInput!) { closeSurvey(input: $input) { survey { id open closed } errors { code field message } } }
`;
const submit = /* GraphQL */ `
  mutation ($input: SubmitSurveyResponseInput!) { submitSurveyResponse(input: $input) { survey { id results { responseCount } } errors { code field message } } }
`;
const surveyQuery = /* GraphQL */ `
  query ($id: ID!, $key: String) { survey(id: $id) { id open closed viewerHasResponded(respondentKey: $key) viewerCanManage results { ${resultsFields} } } }
`;
const resultChanged = /* GraphQL */ `subscription ($id: ID!) { surveyResultChanged(id: $id) { id results { responseCount ikm grade } } }`;

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
const everyAnswer = (answer: number) => Array(9).fill(answer);
const key = (name: string) => `respondent-key-${name}-0123456789`;

describe('satisfaction surveys', () => {
  let app: TestApp;
  let admin: SignedIn;
  let owner: SignedIn;
  let officer: SignedIn;
  let staffMember: SignedIn;
  let citizen: SignedIn;
  let partner: SignedIn;
  let otherOfficer: SignedIn;
  let agency: { id: string };
  let serviceId: string;
  const clients = liveClients(() => app.url);

  const create = (who: SignedIn | null, input: Record<string, unknown> = {}) =>
    app.graphql(createSurvey, { input: { serviceId, title: 'SKM Layanan KTP Elektronik', period: 'Semester I 2026', opensAt: inDays(-1), closesAt: inDays(30), ...input } }, { token: who?.token });
  const answer = (who: SignedIn | null, surveyId: string, input: Record<string, unknown>) => app.graphql(submit, { input: { surveyId, ...input } }, { token: who?.token });
  const read = async (id: string, who: SignedIn | null = null, respondentKey?: string) => (await app.graphql(surveyQuery, { id, key: respondentKey }, { token: who?.token })).data!.survey;
  async function openSurvey(input: Record<string, unknown> = {}): Promise<string> {
    const created = await create(officer, input);
    expect(created.data?.createSurvey.errors).toEqual([]);
    return created.data!.createSurvey.survey.id;
  }

  beforeAll(async () => {
    app = await startTestApp({ environment: { RATE_LIMIT_WRITES_PER_PERSON_PER_MINUTE: '1000', RATE_LIMIT_WRITES_PER_ADDRESS_PER_MINUTE: '10000' } });
    admin = await signIn(app, testAdmin.email, testAdmin.password);
    ({ owner, officer, staffMember, citizen, partner, otherOfficer, agency, serviceId } = await agencyWithService(app, admin, {
      agency: 'Disdukcapil Kota Survei',
      otherAgency: 'Bapenda Kota Survei',
      partner: 'PT Mitra Survei',
      officer: 'Petugas Survei',
      otherOfficer: 'Petugas Dinas Lain',
      service: { name: 'Penerbitan KTP Elektronik', population: 100 },
    }));
  });
  afterEach(() => clients.disposeAll());
  afterAll(() => app?.close());

  it('computes each element, the index, the IKM and the grade from the answers, against the minimum sample', async () => {
    const id = await openSurvey();
    expect((await read(id)).results).toMatchObject({ responseCount: 0, minimumSample: 80, sufficient: false, index: null, ikm: null, grade: null, performance: null, elements: [] });
    const answers = [
      everyAnswer(4),
      everyAnswer(3),
      [4, 3, 4, 3, 4, 3, 4, 3, 4],
      [2, 3, 3, 4, 3, 3, 4, 3, 3],
    ];
    for (const [index, given] of answers.entries()) {
      const response = await answer(null, id, { answers: given, respondentKey: key(`computation-${index}`) });
      expect(response.data?.submitSurveyResponse.errors).toEqual([]);
      expect(response.data?.submitSurveyResponse.survey.results.responseCount).toBe(index + 1);
    }
    const { results } = await read(id);
    // Sums 13, 13, 14, 14, 14, 13, 15, 13, 14 = 123 over 4 responses: index 123/36 = 3.41666…, IKM 85.41666… → 85.42.
    expect(results).toMatchObject({ responseCount: 4, minimumSample: 80, sufficient: false, ikm: 85.42, grade: 'B', performance: 'Baik', performanceEn: 'Good' });
    expect(results.index).toBeCloseTo(123 / 36, 12);
    expect(results.elements.map((element: { nrr: number }) => element.nrr)).toEqual([3.25, 3.25, 3.5, 3.5, 3.5, 3.25, 3.75, 3.25, 3.5]);
    expect(results.elements[6]).toMatchObject({ code: 'U7', label: 'Perilaku pelaksana', labelEn: 'Staff behaviour' });
    expect(results.elements[6].weightedNrr).toBeCloseTo(3.75 / 9, 12);
  });

  it('takes one response per person and one per respondent key; anonymous answers need a key', async () => {
    const id = await openSurvey();
    const anonymousWithoutKey = await answer(null, id, { answers: everyAnswer(3) });
    expect(anonymousWithoutKey.data?.submitSurveyResponse.errors).toEqual([expect.objectContaining({ code: 'REQUIRED', field: 'input.respondentKey' })]);

    expect((await answer(null, id, { answers: everyAnswer(3), respondentKey: key('browser'), suggestion: 'Loket <b>ramah</b>.', gender: 'FEMALE', ageBand: 'FROM_30_TO_39' })).data?.submitSurveyResponse.errors).toEqual([]);
    expect((await read(id, null, key('browser'))).viewerHasResponded).toBe(true);
    expect((await read(id, null, key('another-browser'))).viewerHasResponded).toBe(false);
    const sameBrowser = await answer(null, id, { answers: everyAnswer(4), respondentKey: key('browser') });
    expect(sameBrowser.data?.submitSurveyResponse.errors).toEqual([expect.objectContaining({ code: 'ALREADY_DONE', field: 'input.surveyId' })]);
    // Signing in on that browser does not make a second respondent of it.
    const sameBrowserSignedIn = await answer(citizen, id, { answers: everyAnswer(4), respondentKey: key('browser') });
    expect(sameBrowserSignedIn.data?.submitSurveyResponse.errors).toEqual([expect.objectContaining({ code: 'ALREADY_DONE' })]);

    expect((await answer(citizen, id, { answers: everyAnswer(2) })).data?.submitSurveyResponse.errors).toEqual([]);
    expect((await read(id, citizen)).viewerHasResponded).toBe(true);
    const samePerson = await answer(citizen, id, { answers: everyAnswer(2), respondentKey: key('fresh-browser') });
    expect(samePerson.data?.submitSurveyResponse.errors).toEqual([expect.objectContaining({ code: 'ALREADY_DONE' })]);
    expect((await read(id)).results.responseCount).toBe(2);

    const short = await answer(null, id, { answers: [3, 3, 3], respondentKey: key('short') });
    expect(short.data?.submitSurveyResponse.errors).toEqual([expect.objectContaining({ code: 'TOO_SHORT', field: 'input.answers' })]);
    const outOfScale = await answer(null, id, { answers: [3, 3, 3, 3, 5, 3, 3, 3, 3], respondentKey: key('scale') });
    expect(outOfScale.data?.submitSurveyResponse.errors).toEqual([expect.objectContaining({ field: 'input.answers.4' })]);
    const weakKey = await answer(null, id, { answers: everyAnswer(3), respondentKey: 'short' });
    expect(weakKey.data?.submitSurveyResponse.errors).toEqual([expect.objectContaining({ code: 'INVALID', field: 'input.respondentKey' })]);

    const suggestions = await app.graphql(`query ($id: ID!) { survey(id: $id) { suggestions { totalCount edges { node { text } } } } }`, { id }, { token: officer.token });
    expect(suggestions.data?.survey.suggestions).toEqual({ totalCount: 1, edges: [{ node: { text: 'Loket <b>ramah</b>.' } }] });
    const hidden = await app.graphql(`query ($id: ID!) { survey(id: $id) { suggestions { totalCount } } }`, { id }, { token: citizen.token });
    expect(hidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses answers before a survey opens and once it is closed, early or on time', async () => {
    const upcoming = await openSurvey({ opensAt: inDays(2), closesAt: inDays(9) });
    expect((await answer(citizen, upcoming, { answers: everyAnswer(3) })).data?.submitSurveyResponse.errors).toEqual([expect.objectContaining({ code: 'CLOSED', field: 'input.surveyId' })]);

    const id = await openSurvey();
    const closed = await app.graphql(closeSurvey, { input: { surveyId: id } }, { token: officer.token });
    expect(closed.data?.closeSurvey).toMatchObject({ errors: [], survey: { id, open: false, closed: true } });
    expect((await answer(citizen, id, { answers: everyAnswer(3) })).data?.submitSurveyResponse.errors).toEqual([expect.objectContaining({ code: 'CLOSED' })]);
    expect((await answer(null, id, { answers: everyAnswer(3), respondentKey: key('late') })).data?.submitSurveyResponse.errors).toEqual([expect.objectContaining({ code: 'CLOSED' })]);
    const again = await app.graphql(closeSurvey, { input: { surveyId: id } }, { token: officer.token });
    expect(again.data?.closeSurvey.errors).toEqual([expect.objectContaining({ code: 'CLOSED' })]);

    const closedList = await app.graphql(`query ($filter: SurveyFilter) { surveys(filter: $filter) { edges { node { id } } } }`, { filter: { serviceId, open: false } });
    expect(closedList.data?.surveys.edges.map((edge: { node: { id: string } }) => edge.node.id)).toContain(id);
    const openList = await app.graphql(`query ($filter: SurveyFilter) { surveys(filter: $filter) { edges { node { id open } } } }`, { filter: { agencyId: agency.id, open: true } });
    expect(openList.data?.surveys.edges.every((edge: { node: { open: boolean } }) => edge.node.open)).toBe(true);
    expect(openList.data?.surveys.edges.map((edge: { node: { id: string } }) => edge.node.id)).not.toContain(id);
  });

  it('lets only the agency’s officers create and close surveys', async () => {
    expect((await create(null)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    for (const outsider of [citizen, partner, otherOfficer, staffMember]) {
      expect((await create(outsider)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await create(admin)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const id = await openSurvey();
    expect((await read(id, officer)).viewerCanManage).toBe(true);
    expect((await read(id, otherOfficer)).viewerCanManage).toBe(false);
    for (const outsider of [citizen, partner, otherOfficer, staffMember]) {
      const refused = await app.graphql(closeSurvey, { input: { surveyId: id } }, { token: outsider.token });
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await read(id)).open).toBe(true);
    expect((await app.graphql(closeSurvey, { input: { surveyId: id } }, { token: owner.token })).data?.closeSurvey.errors).toEqual([]);

    const backwards = await create(officer, { opensAt: inDays(5), closesAt: inDays(1) });
    expect(backwards.data?.createSurvey.errors).toEqual([expect.objectContaining({ code: 'INVALID', field: 'input.closesAt' })]);
    const past = await create(officer, { opensAt: inDays(-30), closesAt: inDays(-1) });
    expect(past.data?.createSurvey.errors).toEqual([expect.objectContaining({ code: 'INVALID', field: 'input.closesAt' })]);
    const noTitle = await create(officer, { title: ' ' });
    expect(noTitle.data?.createSurvey.errors).toEqual([expect.objectContaining({ code: 'REQUIRED', field: 'input.title' })]);
  });

  it('sends the new results to anyone watching the survey after each response', async () => {
    const id = await openSurvey();
    const anonymous = await clients.connect();
    const changes = subscribe(anonymous, resultChanged, { id });
    await settled(anonymous);
    expect((await answer(null, id, { answers: everyAnswer(4), respondentKey: key('live') })).data?.submitSurveyResponse.errors).toEqual([]);
    expect((await changes.next()).data?.surveyResultChanged).toEqual({ id, results: { responseCount: 1, ikm: 100, grade: 'A' } });
    expect((await answer(citizen, id, { answers: everyAnswer(1) })).data?.submitSurveyResponse.errors).toEqual([]);
    expect((await changes.next()).data?.surveyResultChanged).toEqual({ id, results: { responseCount: 2, ikm: 62.5, grade: 'D' } });
  });

  it('reads results from running totals: the same statements for 1 or 30 responses, and for 1 or 5 surveys in a list', async () => {
    const id = await openSurvey();
    const statements = async (query: string, variables: Record<string, unknown>) => {
      const before = app.queries.length;
      const response = await app.graphql(query, variables);
      expect(response.errors).toBeUndefined();
      return app.queries.length - before;
    };
    await answer(null, id, { answers: everyAnswer(3), respondentKey: key('count-0') });
    const withOne = await statements(surveyQuery, { id });
    for (let index = 1; index < 30; index += 1) await answer(null, id, { answers: everyAnswer(3), respondentKey: key(`count-${index}`) });
    expect(await statements(surveyQuery, { id })).toBe(withOne);

    const list = `query ($first: Int) { surveys(first: $first) { edges { node { id results { ${resultsFields} } service { name satisfaction { period results { ikm } } } agency { name } } } } }`;
    expect(await statements(list, { first: 5 })).toBe(await statements(list, { first: 1 }));
  });

  it('keeps the totals equal to the stored answers when many answer at once, and one answer per key even then', async () => {
    const id = await openSurvey();
    const many = await Promise.all(Array.from({ length: 40 }, (_, index) => answer(null, id, { answers: everyAnswer((index % 4) + 1), respondentKey: key(`concurrent-${index}`) })));
    expect(many.map((response) => response.data?.submitSurveyResponse.errors)).toEqual(Array(40).fill([]));
    const sameKey = await Promise.all(Array.from({ length: 6 }, () => answer(null, id, { answers: everyAnswer(4), respondentKey: key('double-click') })));
    const codes = sameKey.map((response) => response.data?.submitSurveyResponse.errors[0]?.code ?? 'OK').sort();
    expect(codes).toEqual(['ALREADY_DONE', 'ALREADY_DONE', 'ALREADY_DONE', 'ALREADY_DONE', 'ALREADY_DONE', 'OK']);
    // 10 of each answer 1..4 (mean 2.5) and one more 4: every NRR is 104/41, the IKM 63.41.
    const { results } = await read(id);
    expect(results).toMatchObject({ responseCount: 41, ikm: 63.41, grade: 'D' });
    expect(results.elements.every((element: { nrr: number }) => element.nrr === 104 / 41)).toBe(true);
  });

  it('exports a person’s own answers; deleting the account keeps them in the results, unlinked', async () => {
    const id = await openSurvey();
    const person = await signUp(app, 'Agus Responden');
    expect((await answer(person, id, { answers: everyAnswer(4), suggestion: 'Petugas sangat membantu.' })).data?.submitSurveyResponse.errors).toEqual([]);
    const exported = await app.graphql(`mutation { exportMyData { data } }`, {}, { token: person.token });
    expect(exported.data?.exportMyData.data.surveyResponses).toEqual([
      expect.objectContaining({ survey: 'SKM Layanan KTP Elektronik', period: 'Semester I 2026', service: 'Penerbitan KTP Elektronik', answers: everyAnswer(4), suggestion: 'Petugas sangat membantu.' }),
    ]);
    const deleted = await app.graphql(`mutation ($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) { deleted } }`, { input: { password: 'kata-sandi-rahasia' } }, { token: person.token });
    expect(deleted.data?.deleteMyAccount.deleted).toBe(true);
    expect((await read(id)).results).toMatchObject({ responseCount: 1, ikm: 100 });
    const linked = await app.server.services.orm.em.fork().getConnection().execute(`select respondent_id from survey_responses where survey_id = (select id from surveys order by created_at desc limit 1)`);
    expect(linked).toEqual([{ respondent_id: null }]);
  });
});

describe('satisfaction surveys and the pipeline', () => {
  let app: TestApp;
  let officer: SignedIn;
  let agency: { id: string };
  let serviceId: string;

  beforeAll(async () => {
    app = await startTestApp({ environment: { RATE_LIMIT_WRITES_PER_PERSON_PER_MINUTE: '1000', RATE_LIMIT_WRITES_PER_ADDRESS_PER_MINUTE: '10000' } });
    const admin = await signIn(app, testAdmin.email, testAdmin.password);
    officer = await signUp(app, 'Petugas Inovasi');
    agency = await createOrganization(app, officer, admin, { name: 'Disdukcapil Kota Gerbang', kind: 'AGENCY' });
    const service = await app.graphql(
      `mutation ($input: CreateServiceInput!) { createService(input: $input) { service { id } } }`,
      { input: { agencyId: agency.id, name: 'Penerbitan Akta Kelahiran', population: 12000 } },
      { token: officer.token },
    );
    serviceId = service.data!.createService.service.id;
  });
  afterAll(() => app?.close());

  async function surveyAnsweredAndClosed(answers: number[][], period: string): Promise<string> {
    const created = await app.graphql(createSurvey, { input: { serviceId, title: 'SKM Layanan Akta Kelahiran', period, opensAt: new Date().toISOString(), closesAt: inDays(60) } }, { token: officer.token });
    const id = created.data!.createSurvey.survey.id;
    for (const [index, given] of answers.entries()) {
      expect((await app.graphql(submit, { input: { surveyId: id, answers: given, respondentKey: key(`${period}-${index}`) } })).data?.submitSurveyResponse.errors).toEqual([]);
    }
    expect((await app.graphql(closeSurvey, { input: { surveyId: id } }, { token: officer.token })).data?.closeSurvey.errors).toEqual([]);
    return id;
  }

  it('asks for a closed survey taken after implementation before INSTITUTIONALIZED, and shows the IKM before and after', async () => {
    const created = await app.graphql(
      `mutation ($input: CreateInnovationInput!) { createInnovation(input: $input) { innovation { id } errors { code } } }`,
      {
        input: {
          agencyId: agency.id,
          serviceId,
          title: 'Akta kelahiran dari rumah sakit',
          needAnalysis: 'Sepertiga kelahiran baru dicatatkan lebih dari 60 hari setelah lahir.',
        },
      },
      { token: officer.token },
    );
    const innovationId = created.data!.createInnovation.innovation.id;
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date());
    const kpi = { name: 'Akta terbit sebelum ibu pulang', unit: '%', baseline: 4, target: 80 };
    const updated = await app.graphql(
      `mutation ($input: UpdateInnovationInput!) { updateInnovation(input: $input) { errors { code field } } }`,
      {
        input: {
          innovationId,
          problemStatement: 'Orang tua harus datang sendiri ke dinas untuk mencatatkan kelahiran.',
          pilotPlan: 'Uji coba di dua rumah sakit selama tiga bulan.',
          trialResult: '63% akta terbit sebelum ibu pulang.',
          kpis: [kpi],
          socialisation: { evidence: 'Surat edaran kepada rumah sakit mitra', doneOn: today },
          training: { evidence: 'Bimbingan teknis petugas rumah sakit', doneOn: today },
          feedbackChannel: { evidence: 'Kanal pengaduan di aplikasi', doneOn: today },
          evaluationReport: 'Enam bulan implementasi: 86% akta terbit sebelum ibu pulang.',
          legalBasis: { type: 'REGIONAL_HEAD_REGULATION', number: 'Peraturan Wali Kota Nomor 12 Tahun 2026' },
        },
      },
      { token: officer.token },
    );
    expect(updated.data?.updateInnovation.errors).toEqual([]);
    for (const result of [{ value: 63, measuredOn: '2026-01-31' }, { value: 86, measuredOn: today }]) await recordKpiResult(app, officer, innovationId, result);
    const advance = (to: string) =>
      app.graphql(
        `mutation ($input: AdvanceInnovationInput!) { advanceInnovation(input: $input) { unmetRequirements { code } errors { code } } }`,
        { input: { innovationId, to } },
        { token: officer.token },
      );
    const before = await surveyAnsweredAndClosed([everyAnswer(3), [3, 3, 3, 3, 3, 3, 3, 3, 2]], 'Sebelum implementasi');
    for (const to of ['DEVELOPMENT', 'TRIAL', 'IMPLEMENTATION', 'EVALUATION']) expect((await advance(to)).data?.advanceInnovation.errors).toEqual([]);

    const refused = await advance('INSTITUTIONALIZED');
    expect(refused.data?.advanceInnovation.unmetRequirements).toEqual([{ code: 'SATISFACTION_SURVEY' }]);
    const gate = await app.graphql(`query ($id: ID!) { innovation(id: $id) { nextGate { requirements { code } missing { code } } } }`, { id: innovationId });
    expect(gate.data?.innovation.nextGate.requirements.map((item: { code: string }) => item.code)).toContain('SATISFACTION_SURVEY');

    const after = await surveyAnsweredAndClosed([everyAnswer(4), everyAnswer(4), [4, 4, 4, 4, 4, 4, 4, 4, 3]], 'Setelah implementasi');
    expect((await advance('INSTITUTIONALIZED')).data?.advanceInnovation.errors).toEqual([]);

    const satisfaction = await app.graphql(
      `query ($id: ID!) { innovation(id: $id) { satisfaction { before { id period results { ikm grade } } after { id period results { ikm grade } } } } }`,
      { id: innovationId },
    );
    // Before: 53/18 × 25 = 73.61 (C); after: 107/27 × 25 = 99.07 (A).
    expect(satisfaction.data?.innovation.satisfaction).toEqual({
      before: { id: before, period: 'Sebelum implementasi', results: { ikm: 73.61, grade: 'C' } },
      after: { id: after, period: 'Setelah implementasi', results: { ikm: 99.07, grade: 'A' } },
    });
    const history = await app.graphql(`query ($id: ID!) { node(id: $id) { ... on Service { satisfaction { id results { ikm responseCount minimumSample sufficient } } } } }`, { id: serviceId });
    expect(history.data?.node.satisfaction).toEqual([
      { id: before, results: { ikm: 73.61, responseCount: 2, minimumSample: 372, sufficient: false } },
      { id: after, results: { ikm: 99.07, responseCount: 3, minimumSample: 372, sufficient: false } },
    ]);
  });
});

describe('satisfaction surveys and abuse limits', () => {
  let app: TestApp;
  afterAll(() => app?.close());

  it('counts anonymous answers against the per-address write limit', async () => {
    app = await startTestApp({ environment: { TRUST_PROXY: '1', RATE_LIMIT_WRITES_PER_ADDRESS_PER_MINUTE: '8' } });
    const admin = await signIn(app, testAdmin.email, testAdmin.password);
    const officer = await signUp(app, 'Petugas Survei');
    const agency = await createOrganization(app, officer, admin, { name: 'Bapenda Kota Batas', kind: 'AGENCY' });
    const service = await app.graphql(`mutation ($input: CreateServiceInput!) { createService(input: $input) { service { id } } }`, { input: { agencyId: agency.id, name: 'Pembayaran PBB' } }, { token: officer.token });
    const created = await app.graphql(createSurvey, { input: { serviceId: service.data!.createService.service.id, title: 'SKM Pembayaran PBB', period: '2026', opensAt: inDays(-1), closesAt: inDays(9) } }, { token: officer.token });
    const surveyId = created.data!.createSurvey.survey.id;
    const fromAddress = (address: string, index: number) =>
      app.graphql(submit, { input: { surveyId, answers: everyAnswer(4), respondentKey: key(`${address}-${index}`) } }, { headers: { 'x-forwarded-for': address } });
    const codes: string[] = [];
    for (let index = 0; index < 9; index += 1) {
      const response = await fromAddress('203.0.113.7', index);
      codes.push((response.errors?.[0]?.extensions?.code as string | undefined) ?? 'OK');
    }
    expect(codes).toEqual([...Array(8).fill('OK'), 'RATE_LIMITED']);
    expect((await fromAddress('203.0.113.8', 0)).data?.submitSurveyResponse.errors).toEqual([]);
  });
});
