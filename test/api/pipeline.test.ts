import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, testAdmin, type TestApp } from '../support/app.js';
import { postIdea } from '../support/ideas.js';
import { agencyWithService, signIn, type SignedIn } from '../support/people.js';

const innovationFields = /* GraphQL */ `
  id title stage pausedFrom problemStatement needAnalysis pilotPlan trialResult evaluationReport progress linkedIdeaCount
  viewerCanMove viewerCanEdit allowedMoves agency { id } service { id }
  kpis { id name unit baseline target results { value measuredOn note } }
  milestones { title dueOn doneOn }
  adoption { socialisation { evidence doneOn } training { evidence doneOn } feedbackChannel { evidence doneOn } }
  legalBasis { type number enactedOn }
  nextGate { stage requirements { code } missing { code label(locale: en) } }
`;

const createMutation = /* GraphQL */ `
  mutation ($input: CreateInnovationInput!) { createInnovation(input: $input) { innovation { ${innovationFields} } errors { code field message } } }
`;
const updateMutation = /* GraphQL */ `
  mutation ($input: UpdateInnovationInput!) { updateInnovation(input: $input) { innovation { ${innovationFields} } errors { code field message } } }
`;
const advanceMutation = /* GraphQL */ `
  mutation ($input: AdvanceInnovationInput!) {
    advanceInnovation(input: $input) {
      innovation { id stage pausedFrom viewerCanMove }
      stageChange { id fromStage toStage note actor { id } }
      unmetRequirements { code label }
      errors { code field message }
    }
  }
`;
const recordMutation = /* GraphQL */ `
  mutation ($input: RecordKpiResultInput!) { recordKpiResult(input: $input) { kpi { id results { value measuredOn note } } errors { code field message } } }
`;
const innovationQuery = /* GraphQL */ `
  query ($id: ID!) {
    innovation(id: $id) {
      ${innovationFields}
      ideas { totalCount edges { node { id status innovation { id } } } }
      timeline { totalCount edges { node { fromStage toStage note actor { id } createdAt } } }
    }
  }
`;

/** Today in Jakarta, as the API dates KPI results against the start of implementation. */
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

describe('the institutionalisation pipeline', () => {
  let app: TestApp;
  let admin: SignedIn;
  let owner: SignedIn;
  let officer: SignedIn;
  let staffMember: SignedIn;
  let citizen: SignedIn;
  let partner: SignedIn;
  let otherOfficer: SignedIn;
  let agency: { id: string };
  let otherAgency: { id: string };
  let serviceId: string;

  const create = (who: SignedIn | null, input: Record<string, unknown>) => app.graphql(createMutation, { input: { agencyId: agency.id, ...input } }, { token: who?.token });
  const update = (who: SignedIn | null, input: Record<string, unknown>) => app.graphql(updateMutation, { input }, { token: who?.token });
  const advance = (who: SignedIn | null, innovationId: string, to: string, note?: string) =>
    app.graphql(advanceMutation, { input: { innovationId, to, note } }, { token: who?.token });
  const record = (who: SignedIn | null, input: { innovationId: string; kpiId: string; value: number; measuredOn: string; note?: string }) =>
    app.graphql(recordMutation, { input }, { token: who?.token });
  /** Records one result for each of the innovation's KPIs, in their order. */
  async function recordEach(id: string, measuredOn: string, values: number[]) {
    const { kpis } = await read(id);
    for (const [index, kpi] of kpis.entries()) {
      expect((await record(officer, { innovationId: id, kpiId: kpi.id, value: values[index]!, measuredOn })).data?.recordKpiResult.errors).toEqual([]);
    }
  }
  const read = async (id: string) => (await app.graphql(innovationQuery, { id }, { token: officer.token })).data!.innovation;

  async function createFromNeed(title = 'Antrean daring perekaman KTP-el'): Promise<Record<string, any>> {
    const response = await create(officer, {
      title,
      serviceId,
      needAnalysis: 'Rata-rata warga menunggu 3 jam di kecamatan; 40% datang lebih dari sekali karena blangko habis.',
    });
    expect(response.data?.createInnovation.errors).toEqual([]);
    return response.data!.createInnovation.innovation;
  }

  beforeAll(async () => {
    app = await startTestApp({ environment: { RATE_LIMIT_WRITES_PER_PERSON_PER_MINUTE: '1000', RATE_LIMIT_WRITES_PER_ADDRESS_PER_MINUTE: '10000' } });
    admin = await signIn(app, testAdmin.email, testAdmin.password);
    ({ owner, officer, staffMember, citizen, partner, otherOfficer, agency, otherAgency, serviceId } = await agencyWithService(app, admin, {
      agency: 'Disdukcapil Kota Uji',
      otherAgency: 'Bapenda Kota Uji',
      partner: 'PT Mitra Digital Uji',
      officer: 'Petugas Inovasi',
      otherOfficer: 'Petugas Bapenda',
      service: { name: 'Penerbitan KTP Elektronik' },
    }));
  });
  afterAll(() => app?.close());

  /** A satisfaction survey of the service, opened now (after implementation), answered once and closed. */
  async function takeSatisfactionSurvey() {
    const created = await app.graphql(
      `mutation ($input: CreateSurveyInput!) { createSurvey(input: $input) { survey { id } errors { code } } }`,
      { input: { serviceId, title: 'SKM Penerbitan KTP Elektronik', period: 'Semester I 2026', opensAt: new Date().toISOString(), closesAt: new Date(Date.now() + 86_400_000).toISOString() } },
      { token: officer.token },
    );
    const surveyId = created.data!.createSurvey.survey.id;
    const answered = await app.graphql(
      `mutation ($input: SubmitSurveyResponseInput!) { submitSurveyResponse(input: $input) { errors { code } } }`,
      { input: { surveyId, answers: [4, 4, 3, 4, 3, 3, 4, 3, 3] } },
      { token: citizen.token },
    );
    expect(answered.data?.submitSurveyResponse.errors).toEqual([]);
    const closed = await app.graphql(`mutation ($input: CloseSurveyInput!) { closeSurvey(input: $input) { errors { code } } }`, { input: { surveyId } }, { token: officer.token });
    expect(closed.data?.closeSurvey.errors).toEqual([]);
  }

  it('walks one innovation from NEED_IDENTIFIED to INSTITUTIONALIZED, each gate refused until it is met', async () => {
    const innovation = await createFromNeed();
    expect(innovation).toMatchObject({ stage: 'NEED_IDENTIFIED', viewerCanMove: true, viewerCanEdit: true, service: { id: serviceId }, linkedIdeaCount: 0 });
    expect(innovation.nextGate).toMatchObject({ stage: 'DEVELOPMENT', missing: [{ code: 'PROBLEM_STATEMENT', label: 'A problem statement' }] });
    const id = innovation.id;

    async function refusedThenMet(to: string, missing: string[], meet: Record<string, unknown>, meetOutside?: () => Promise<void>) {
      const refused = await advance(officer, id, to);
      expect(refused.data?.advanceInnovation.errors).toEqual([expect.objectContaining({ code: 'GATE_NOT_MET', field: 'input.to' })]);
      expect(refused.data?.advanceInnovation.unmetRequirements.map((item: { code: string }) => item.code)).toEqual(missing);
      expect(refused.data?.advanceInnovation.innovation).toBeNull();
      const before = await read(id);
      expect(before.nextGate.missing.map((item: { code: string }) => item.code)).toEqual(missing);
      await meetOutside?.();
      const updated = await update(officer, { innovationId: id, ...meet });
      expect(updated.data?.updateInnovation.errors).toEqual([]);
      expect(updated.data?.updateInnovation.innovation.nextGate.missing).toEqual([]);
      const moved = await advance(officer, id, to, `Lolos gerbang ${to}`);
      expect(moved.data?.advanceInnovation.errors).toEqual([]);
      expect(moved.data?.advanceInnovation.stageChange).toMatchObject({ fromStage: before.stage, toStage: to, note: `Lolos gerbang ${to}`, actor: { id: officer.id } });
      expect(moved.data?.advanceInnovation.innovation.stage).toBe(to);
    }

    await refusedThenMet('DEVELOPMENT', ['PROBLEM_STATEMENT'], {
      problemStatement: 'Antrean perekaman KTP-el di kecamatan terlalu panjang dan tidak dapat diperkirakan.',
    });
    await refusedThenMet('TRIAL', ['PILOT_PLAN', 'PILOT_KPIS'], {
      pilotPlan: 'Uji coba antrean daring di 3 kecamatan selama 8 minggu.',
      kpis: [
        { name: 'Waktu tunggu rata-rata', unit: 'menit', baseline: 180, target: 30 },
        { name: 'Warga datang lebih dari sekali', unit: '%', baseline: 40, target: 5 },
      ],
      milestones: [
        { title: 'Aplikasi antrean siap', dueOn: '2026-01-15', doneOn: '2026-01-12' },
        { title: 'Uji coba di 3 kecamatan', dueOn: '2026-03-31' },
      ],
    });
    await refusedThenMet(
      'IMPLEMENTATION',
      ['TRIAL_RESULT', 'TRIAL_KPI_RESULTS'],
      { trialResult: 'Waktu tunggu turun menjadi 35 menit; kunjungan ulang 8%.' },
      () => recordEach(id, '2026-03-31', [35, 8]),
    );
    await refusedThenMet('EVALUATION', ['STAFF_SOCIALISATION', 'STAFF_TRAINING', 'PUBLIC_FEEDBACK_CHANNEL'], {
      socialisation: { evidence: 'Surat Edaran Kepala Dinas Nomor 470/123 kepada seluruh petugas', doneOn: '2026-04-05' },
      training: { evidence: 'Bimbingan teknis 42 petugas kecamatan, daftar hadir terlampir', doneOn: '2026-04-12' },
      feedbackChannel: { evidence: 'Formulir umpan balik di aplikasi dan WhatsApp 0811-2233-4455', doneOn: '2026-04-15' },
    });
    await refusedThenMet('INSTITUTIONALIZED', ['EVALUATION_REPORT', 'EVALUATION_KPI_RESULTS', 'SATISFACTION_SURVEY', 'LEGAL_BASIS'], {
      evaluationReport: 'Enam bulan implementasi: waktu tunggu 28 menit, kunjungan ulang 4%, seluruh kecamatan memakai antrean daring.',
      legalBasis: { type: 'REGIONAL_HEAD_REGULATION', number: 'Peraturan Wali Kota Bandung Nomor 12 Tahun 2025', enactedOn: '2025-06-02' },
    }, async () => {
      await takeSatisfactionSurvey();
      await recordEach(id, today, [28, 4]);
    });

    const done = await read(id);
    expect(done).toMatchObject({ stage: 'INSTITUTIONALIZED', nextGate: null, progress: 0.5 });
    expect(done.legalBasis).toEqual({ type: 'REGIONAL_HEAD_REGULATION', number: 'Peraturan Wali Kota Bandung Nomor 12 Tahun 2025', enactedOn: '2025-06-02' });
    expect(done.kpis.map((kpi: { results: { value: number }[] }) => kpi.results.map((result) => result.value))).toEqual([[35, 28], [8, 4]]);
    expect(done.timeline.totalCount).toBe(6);
    expect(done.timeline.edges.map((edge: { node: { fromStage: string | null; toStage: string } }) => [edge.node.fromStage, edge.node.toStage])).toEqual([
      [null, 'NEED_IDENTIFIED'],
      ['NEED_IDENTIFIED', 'DEVELOPMENT'],
      ['DEVELOPMENT', 'TRIAL'],
      ['TRIAL', 'IMPLEMENTATION'],
      ['IMPLEMENTATION', 'EVALUATION'],
      ['EVALUATION', 'INSTITUTIONALIZED'],
    ]);
    expect(done.timeline.edges.every((edge: { node: { actor: { id: string } } }) => edge.node.actor.id === officer.id)).toBe(true);
  });

  it('does not count KPI results measured before implementation for the last gate', async () => {
    const { id } = await createFromNeed('Akta kelahiran langsung dari rumah sakit');
    const kpi = { name: 'Akta terbit sebelum ibu pulang', unit: '%', baseline: 10, target: 90 };
    await update(officer, {
      innovationId: id,
      problemStatement: 'Orang tua harus datang ke dinas untuk mengurus akta kelahiran.',
      pilotPlan: 'Uji coba di RSUD Kota selama 2 bulan.',
      trialResult: 'Tercapai 72% akta terbit sebelum pulang.',
      kpis: [kpi],
      socialisation: { evidence: 'Rapat koordinasi dengan rumah sakit', doneOn: '2026-03-02' },
      training: { evidence: 'Pelatihan petugas registrasi rumah sakit', doneOn: '2026-03-03' },
      feedbackChannel: { evidence: 'Kanal pengaduan di situs dinas', doneOn: '2026-03-04' },
      evaluationReport: 'Evaluasi triwulan pertama implementasi.',
      legalBasis: { type: 'AGENCY_HEAD_DECREE', number: 'Keputusan Kepala Dinas Nomor 470/88 Tahun 2026' },
    });
    await recordEach(id, '2026-02-28', [72]);
    for (const to of ['DEVELOPMENT', 'TRIAL', 'IMPLEMENTATION', 'EVALUATION']) {
      expect((await advance(officer, id, to)).data?.advanceInnovation.errors).toEqual([]);
    }
    const refused = await advance(officer, id, 'INSTITUTIONALIZED');
    expect(refused.data?.advanceInnovation.unmetRequirements.map((item: { code: string }) => item.code)).toEqual(['EVALUATION_KPI_RESULTS', 'SATISFACTION_SURVEY']);
  });

  it('creates an innovation from ideas, which become ACCEPTED and link to it', async () => {
    const first = await postIdea(app, citizen, { agencyId: agency.id, title: 'Antrean KTP-el harus datang subuh' });
    const second = await postIdea(app, citizen, { title: 'Nomor antrean bisa diambil dari rumah', kind: 'SOLUTION' });
    const response = await create(officer, { title: 'Antrean daring kecamatan', ideaIds: [first.id, second.id, first.id] });
    expect(response.data?.createInnovation.errors).toEqual([]);
    const innovation = response.data!.createInnovation.innovation;
    expect(innovation.linkedIdeaCount).toBe(2);
    expect(innovation.nextGate.missing.map((item: { code: string }) => item.code)).toEqual(['PROBLEM_STATEMENT']);
    const read1 = await read(innovation.id);
    expect(read1.ideas.totalCount).toBe(2);
    expect(read1.ideas.edges.map((edge: { node: { status: string; innovation: { id: string } } }) => [edge.node.status, edge.node.innovation.id])).toEqual([
      ['ACCEPTED', innovation.id],
      ['ACCEPTED', innovation.id],
    ]);

    const again = await create(officer, { title: 'Inovasi kedua dari gagasan yang sama', ideaIds: [first.id] });
    expect(again.data?.createInnovation.errors).toEqual([expect.objectContaining({ code: 'NOT_ALLOWED_NOW', field: 'input.ideaIds' })]);
    const elsewhere = await postIdea(app, citizen, { agencyId: otherAgency.id, title: 'Bayar pajak daerah lewat QRIS' });
    const foreign = await create(officer, { title: 'Inovasi dengan gagasan instansi lain', ideaIds: [elsewhere.id] });
    expect(foreign.data?.createInnovation.errors).toEqual([expect.objectContaining({ code: 'INVALID', field: 'input.ideaIds' })]);
    const joined = await update(officer, { innovationId: innovation.id, addIdeaIds: [(await postIdea(app, citizen, { title: 'Pengingat jadwal lewat SMS' })).id] });
    expect(joined.data?.updateInnovation.innovation.linkedIdeaCount).toBe(3);
  });

  it('names the field of bad input and loses nothing already saved', async () => {
    const { id } = await createFromNeed('Inovasi dengan isian yang salah');
    const noStart = await create(officer, { title: 'Inovasi tanpa gagasan dan kebutuhan' });
    expect(noStart.data?.createInnovation.errors).toEqual([expect.objectContaining({ code: 'INVALID', field: 'input.needAnalysis', message: 'This is required.' })]);
    const shortTitle = await create(officer, { title: 'Pendek', needAnalysis: 'Kebutuhan tertulis' });
    expect(shortTitle.data?.createInnovation.errors).toEqual([expect.objectContaining({ code: 'TOO_SHORT', field: 'input.title' })]);

    await update(officer, { innovationId: id, pilotPlan: 'Rencana yang sudah tersimpan.' });
    const badKpi = await update(officer, {
      innovationId: id,
      pilotPlan: 'Rencana yang tidak boleh tersimpan.',
      kpis: [{ name: 'Wa', baseline: 1, target: 2 }],
    });
    expect(badKpi.data?.updateInnovation.errors).toEqual([expect.objectContaining({ code: 'TOO_SHORT', field: 'input.kpis.0.name' })]);
    const badBasis = await update(officer, { innovationId: id, legalBasis: { type: 'REGIONAL_REGULATION', number: '' } });
    expect(badBasis.data?.updateInnovation.errors).toEqual([expect.objectContaining({ code: 'REQUIRED', field: 'input.legalBasis.number' })]);
    expect((await read(id)).pilotPlan).toBe('Rencana yang sudah tersimpan.');

    const otherService = await app.graphql(
      `mutation ($input: CreateServiceInput!) { createService(input: $input) { service { id } } }`,
      { input: { agencyId: otherAgency.id, name: 'Pembayaran PBB' } },
      { token: otherOfficer.token },
    );
    const wrongService = await update(officer, { innovationId: id, serviceId: otherService.data!.createService.service.id });
    expect(wrongService.data?.updateInnovation.errors).toEqual([expect.objectContaining({ code: 'INVALID', field: 'input.serviceId' })]);
  });

  it('moves forward one stage at a time, back with a reason, pauses and resumes where it was, and stops when discontinued', async () => {
    const { id } = await createFromNeed('Inovasi yang berpindah-pindah tahap');
    await update(officer, { innovationId: id, problemStatement: 'Masalah yang dirumuskan dengan jelas.' });
    const skip = await advance(officer, id, 'TRIAL');
    expect(skip.data?.advanceInnovation.errors).toEqual([expect.objectContaining({ code: 'NOT_ALLOWED_NOW', field: 'input.to' })]);
    expect((await advance(officer, id, 'DEVELOPMENT')).data?.advanceInnovation.errors).toEqual([]);

    const backWithoutReason = await advance(officer, id, 'NEED_IDENTIFIED');
    expect(backWithoutReason.data?.advanceInnovation.errors).toEqual([expect.objectContaining({ code: 'REQUIRED', field: 'input.note' })]);
    const back = await advance(officer, id, 'NEED_IDENTIFIED', 'Analisis kebutuhan perlu data kecamatan lain.');
    expect(back.data?.advanceInnovation.stageChange).toMatchObject({ fromStage: 'DEVELOPMENT', toStage: 'NEED_IDENTIFIED' });
    expect((await advance(officer, id, 'DEVELOPMENT')).data?.advanceInnovation.errors).toEqual([]);

    const paused = await advance(officer, id, 'PAUSED', 'Anggaran tahun ini dialihkan ke penanganan banjir.');
    expect(paused.data?.advanceInnovation.innovation).toMatchObject({ stage: 'PAUSED', pausedFrom: 'DEVELOPMENT' });
    expect((await read(id)).allowedMoves).toEqual(['DEVELOPMENT', 'DISCONTINUED']);
    const wrongResume = await advance(officer, id, 'NEED_IDENTIFIED', 'Lanjut dari tahap awal saja.');
    expect(wrongResume.data?.advanceInnovation.errors).toEqual([expect.objectContaining({ code: 'NOT_ALLOWED_NOW', field: 'input.to' })]);
    const resumed = await advance(officer, id, 'DEVELOPMENT');
    expect(resumed.data?.advanceInnovation.innovation).toMatchObject({ stage: 'DEVELOPMENT', pausedFrom: null });

    const discontinued = await advance(officer, id, 'DISCONTINUED', 'Digantikan layanan nasional yang setara.');
    expect(discontinued.data?.advanceInnovation.innovation).toMatchObject({ stage: 'DISCONTINUED', viewerCanMove: false });
    const revived = await advance(officer, id, 'DEVELOPMENT', 'Coba dihidupkan kembali.');
    expect(revived.data?.advanceInnovation.errors).toEqual([expect.objectContaining({ code: 'NOT_ALLOWED_NOW' })]);
    const edited = await update(officer, { innovationId: id, title: 'Judul baru setelah dihentikan' });
    expect(edited.data?.updateInnovation.errors).toEqual([expect.objectContaining({ code: 'NOT_ALLOWED_NOW' })]);

    const timeline = (await read(id)).timeline;
    expect(timeline.totalCount).toBe(7);
    expect(timeline.edges.at(-1).node).toMatchObject({ fromStage: 'DEVELOPMENT', toStage: 'DISCONTINUED', note: 'Digantikan layanan nasional yang setara.' });
  });

  it('refuses anonymous people, citizens, partners, plain members and officers of another agency', async () => {
    const { id } = await createFromNeed('Inovasi yang hanya boleh dipindah petugasnya');
    expect((await advance(null, id, 'PAUSED', 'Alasan yang cukup panjang.')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await update(null, { innovationId: id, title: 'Judul dari orang asing' })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await create(null, { title: 'Inovasi tanpa masuk', needAnalysis: 'Kebutuhan' })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    for (const outsider of [citizen, partner, otherOfficer, staffMember]) {
      expect((await advance(outsider, id, 'PAUSED', 'Alasan yang cukup panjang.')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await update(outsider, { innovationId: id, title: 'Judul dari orang lain' })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await create(outsider, { title: 'Inovasi dari orang lain', needAnalysis: 'Kebutuhan tertulis' })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const seen = (await app.graphql(`query ($id: ID!) { innovation(id: $id) { stage viewerCanMove viewerCanEdit } }`, { id }, { token: outsider.token })).data!.innovation;
      expect(seen).toEqual({ stage: 'NEED_IDENTIFIED', viewerCanMove: false, viewerCanEdit: false });
    }
    const publicView = await app.graphql(`query ($id: ID!) { innovation(id: $id) { title timeline { totalCount } } }`, { id });
    expect(publicView.data?.innovation).toEqual({ title: 'Inovasi yang hanya boleh dipindah petugasnya', timeline: { totalCount: 1 } });
    expect((await advance(admin, id, 'PAUSED', 'Ditunda oleh admin platform.')).data?.advanceInnovation.errors).toEqual([]);
    expect((await advance(owner, id, 'NEED_IDENTIFIED')).data?.advanceInnovation.errors).toEqual([]);
  });

  it('lets only one of two officers moving at once succeed from the same stage', async () => {
    const { id } = await createFromNeed('Inovasi yang dipindah dua petugas sekaligus');
    await update(officer, { innovationId: id, problemStatement: 'Masalah yang dirumuskan dengan jelas.' });
    const results = await Promise.all([advance(officer, id, 'DEVELOPMENT', 'Petugas pertama'), advance(owner, id, 'DEVELOPMENT', 'Petugas kedua')]);
    const succeeded = results.filter((result) => result.data?.advanceInnovation.errors.length === 0);
    expect(succeeded).toHaveLength(1);
    expect(results.find((result) => result.data?.advanceInnovation.errors.length)?.data?.advanceInnovation.errors[0].code).toBe('NOT_ALLOWED_NOW');
    expect((await read(id)).timeline.totalCount).toBe(2);
  });

  it('lists innovations by filter and groups an agency’s board by stage in a bounded number of statements', async () => {
    const listed = await app.graphql(
      `query ($filter: InnovationFilter) { innovations(filter: $filter, first: 50) { totalCount edges { node { title stage agency { id } } } } }`,
      { filter: { agencyId: agency.id, stage: 'INSTITUTIONALIZED' } },
    );
    expect(listed.data?.innovations.edges.map((edge: { node: { title: string } }) => edge.node.title)).toEqual(['Antrean daring perekaman KTP-el']);
    const byText = await app.graphql(`query { innovations(filter: { text: "kelahiran" }) { edges { node { title } } } }`);
    expect(byText.data?.innovations.edges).toEqual([{ node: { title: 'Akta kelahiran langsung dari rumah sakit' } }]);

    const boardQuery = `query ($agencyId: ID!, $first: Int) {
      pipeline(agencyId: $agencyId) {
        viewerCanRun agency { id }
        columns { stage innovations(first: $first) { totalCount edges { node { id title progress linkedIdeaCount viewerCanMove service { name } nextGate { stage missing { code label } } } } } }
      }
    }`;
    const statements = async (first: number) => {
      const before = app.queries.length;
      const response = await app.graphql(boardQuery, { agencyId: agency.id, first }, { token: officer.token });
      expect(response.errors).toBeUndefined();
      return { count: app.queries.length - before, board: response.data!.pipeline };
    };
    // Each of the 8 columns costs its page, its count and at most one batch per loader, however many cards it shows;
    // how the loaders' batches fall between columns depends on timing, so the ceiling is what stays fixed.
    const ceiling = 8 * 5 + 6;
    const small = await statements(1);
    const large = await statements(50);
    expect(small.count).toBeLessThanOrEqual(ceiling);
    expect(large.count).toBeLessThanOrEqual(ceiling);
    expect(large.board.viewerCanRun).toBe(true);
    expect(large.board.columns.map((column: { stage: string }) => column.stage)).toEqual([
      'NEED_IDENTIFIED', 'DEVELOPMENT', 'TRIAL', 'IMPLEMENTATION', 'EVALUATION', 'INSTITUTIONALIZED', 'PAUSED', 'DISCONTINUED',
    ]);
    const counts = Object.fromEntries(large.board.columns.map((column: { stage: string; innovations: { totalCount: number } }) => [column.stage, column.innovations.totalCount]));
    expect(counts).toMatchObject({ INSTITUTIONALIZED: 1, EVALUATION: 1, DISCONTINUED: 1 });
    expect(counts.NEED_IDENTIFIED).toBeGreaterThanOrEqual(3);
    const citizenBoard = await app.graphql(`query ($agencyId: ID!) { pipeline(agencyId: $agencyId) { viewerCanRun } }`, { agencyId: agency.id }, { token: citizen.token });
    expect(citizenBoard.data?.pipeline.viewerCanRun).toBe(false);
  });
});
