import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, testAdmin, type TestApp } from '../support/app.js';
import { agencyWithService, createOrganization, signIn, signUp, type SignedIn } from '../support/people.js';

const kpiFields = /* GraphQL */ `id name unit baseline target results { value measuredOn note }`;
const recordMutation = /* GraphQL */ `
  mutation ($input: RecordKpiResultInput!) {
    recordKpiResult(input: $input) { kpi { ${kpiFields} } innovation { id kpis { id } } errors { code field message } }
  }
`;
const updateMutation = /* GraphQL */ `
  mutation ($input: UpdateInnovationInput!) { updateInnovation(input: $input) { innovation { kpis { ${kpiFields} } } errors { code field message } } }
`;
const readQuery = /* GraphQL */ `query ($id: ID!) { innovation(id: $id) { stage kpis { ${kpiFields} } } }`;

type Kpi = { id: string; name: string; unit: string; baseline: number; target: number; results: { value: number; measuredOn: string; note: string }[] };

describe('KPI results and the KPI list of an innovation', () => {
  let app: TestApp;
  let admin: SignedIn;
  let owner: SignedIn;
  let officer: SignedIn;
  let staffMember: SignedIn;
  let citizen: SignedIn;
  let partner: SignedIn;
  let otherOfficer: SignedIn;
  let agency: { id: string };

  const record = (who: SignedIn | null, input: Record<string, unknown>) => app.graphql(recordMutation, { input }, { token: who?.token });
  const update = (who: SignedIn | null, input: Record<string, unknown>) => app.graphql(updateMutation, { input }, { token: who?.token });
  const kpisOf = async (id: string): Promise<Kpi[]> => (await app.graphql(readQuery, { id })).data!.innovation.kpis;
  const definition = ({ results: _results, ...kpi }: Kpi) => kpi;

  async function innovationWithKpis(title: string): Promise<{ id: string; kpis: Kpi[] }> {
    const created = await app.graphql(
      `mutation ($input: CreateInnovationInput!) { createInnovation(input: $input) { innovation { id } errors { code } } }`,
      { input: { agencyId: agency.id, title, needAnalysis: 'Warga menunggu tiga jam di loket kecamatan.' } },
      { token: officer.token },
    );
    const id = created.data!.createInnovation.innovation.id;
    const updated = await update(officer, {
      innovationId: id,
      kpis: [
        { name: 'Waktu tunggu rata-rata', unit: 'menit', baseline: 180, target: 30 },
        { name: 'Warga datang lebih dari sekali', unit: '%', baseline: 40, target: 5 },
      ],
    });
    expect(updated.data?.updateInnovation.errors).toEqual([]);
    return { id, kpis: updated.data!.updateInnovation.innovation.kpis };
  }

  beforeAll(async () => {
    app = await startTestApp({ environment: { RATE_LIMIT_WRITES_PER_PERSON_PER_MINUTE: '1000', RATE_LIMIT_WRITES_PER_ADDRESS_PER_MINUTE: '10000' } });
    admin = await signIn(app, testAdmin.email, testAdmin.password);
    ({ owner, officer, staffMember, citizen, partner, otherOfficer, agency } = await agencyWithService(app, admin, {
      agency: 'Disdukcapil Kota Ukur',
      otherAgency: 'Bapenda Kota Ukur',
      partner: 'PT Mitra Ukur',
      officer: 'Petugas KPI',
      otherOfficer: 'Petugas Bapenda Ukur',
      service: { name: 'Perekaman KTP Elektronik' },
    }));
  });
  afterAll(() => app?.close());

  it('keeps all 20 results that two officers record at once', async () => {
    const { id, kpis } = await innovationWithKpis('Antrean daring diukur bersamaan');
    const [waiting] = kpis;
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        record(index % 2 === 0 ? officer : owner, { innovationId: id, kpiId: waiting!.id, value: index + 1, measuredOn: '2026-03-31', note: `Pengukuran ${index + 1}` }),
      ),
    );
    expect(responses.map((response) => response.errors ?? response.data?.recordKpiResult.errors)).toEqual(Array.from({ length: 20 }, () => []));
    const [stored, other] = await kpisOf(id);
    expect(stored!.results).toHaveLength(20);
    expect(stored!.results.map((result) => result.value).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, index) => index + 1));
    expect(stored!.results.every((result) => result.note === `Pengukuran ${result.value}` && result.measuredOn === '2026-03-31')).toBe(true);
    expect(other!.results).toEqual([]);
  });

  it('keeps results recorded while another officer edits the KPI list', async () => {
    const { id, kpis } = await innovationWithKpis('Antrean daring diubah sambil diukur');
    const [waiting, revisits] = kpis;
    const edits = Array.from({ length: 5 }, (_, index) =>
      update(owner, { innovationId: id, kpis: [definition(waiting!), { ...definition(revisits!), target: 5 - index }] }),
    );
    const results = Array.from({ length: 5 }, (_, index) => record(officer, { innovationId: id, kpiId: waiting!.id, value: 100 + index, measuredOn: '2026-04-01' }));
    await Promise.all([...edits, ...results]);
    const [stored] = await kpisOf(id);
    expect(stored!.results.map((result) => result.value).sort()).toEqual([100, 101, 102, 103, 104]);
  });

  it('changes or removes a KPI only while it has no results, and keeps ids stable', async () => {
    const { id, kpis } = await innovationWithKpis('Antrean daring dengan KPI tetap');
    const [waiting, revisits] = kpis;
    expect((await record(officer, { innovationId: id, kpiId: waiting!.id, value: 35, measuredOn: '2026-03-31' })).data?.recordKpiResult.kpi).toMatchObject({
      id: waiting!.id,
      results: [{ value: 35, measuredOn: '2026-03-31', note: '' }],
    });

    const changeMeasured = await update(officer, { innovationId: id, kpis: [{ ...definition(waiting!), target: 20 }, definition(revisits!)] });
    expect(changeMeasured.data?.updateInnovation.errors).toEqual([expect.objectContaining({ code: 'NOT_ALLOWED_NOW', field: 'input.kpis.0.name' })]);
    const removeMeasured = await update(officer, { innovationId: id, kpis: [definition(revisits!)] });
    expect(removeMeasured.data?.updateInnovation.errors).toEqual([expect.objectContaining({ code: 'NOT_ALLOWED_NOW', field: 'input.kpis' })]);
    const unknown = await update(officer, { innovationId: id, kpis: [definition(waiting!), { ...definition(revisits!), id: 'not-a-kpi' }] });
    expect(unknown.data?.updateInnovation.errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: 'input.kpis.1.id' })]);
    const twice = await update(officer, { innovationId: id, kpis: [definition(waiting!), { name: 'Waktu tunggu rata-rata', baseline: 1, target: 2 }] });
    expect(twice.data?.updateInnovation.errors).toEqual([expect.objectContaining({ code: 'TAKEN', field: 'input.kpis.1.name' })]);

    const edited = await update(officer, {
      innovationId: id,
      kpis: [definition(waiting!), { name: 'Warga puas dengan antrean', unit: '%', baseline: 60, target: 90 }],
    });
    expect(edited.data?.updateInnovation.errors).toEqual([]);
    const [kept, added] = edited.data!.updateInnovation.innovation.kpis as Kpi[];
    expect(kept).toEqual({ ...waiting, results: [{ value: 35, measuredOn: '2026-03-31', note: '' }] });
    expect(added).toMatchObject({ name: 'Warga puas dengan antrean', results: [] });
    expect(added!.id).not.toBe(revisits!.id);
    expect((await record(officer, { innovationId: id, kpiId: revisits!.id, value: 3, measuredOn: '2026-03-31' })).data?.recordKpiResult.errors).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND', field: 'input.kpiId' }),
    ]);
  });

  it('names the field of a bad result and refuses a discontinued innovation', async () => {
    const { id, kpis } = await innovationWithKpis('Antrean daring dengan isian salah');
    const kpiId = kpis[0]!.id;
    expect((await record(officer, { innovationId: id, kpiId, value: 3, measuredOn: '2026-02-30' })).data?.recordKpiResult.errors).toEqual([
      expect.objectContaining({ code: 'INVALID', field: 'input.measuredOn' }),
    ]);
    expect((await record(officer, { innovationId: id, kpiId, value: 1e13, measuredOn: '2026-02-28' })).data?.recordKpiResult.errors).toEqual([
      expect.objectContaining({ code: 'TOO_LONG', field: 'input.value' }),
    ]);
    expect((await record(officer, { innovationId: id, kpiId, value: 3, measuredOn: '2026-02-28', note: 'x'.repeat(501) })).data?.recordKpiResult.errors).toEqual([
      expect.objectContaining({ code: 'TOO_LONG', field: 'input.note' }),
    ]);
    expect((await record(officer, { innovationId: 'SW5ub3ZhdGlvbjpub25l', kpiId, value: 3, measuredOn: '2026-02-28' })).data?.recordKpiResult.errors).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND', field: 'input.innovationId' }),
    ]);
    const stopped = await app.graphql(
      `mutation ($input: AdvanceInnovationInput!) { advanceInnovation(input: $input) { errors { code } } }`,
      { input: { innovationId: id, to: 'DISCONTINUED', note: 'Digantikan layanan nasional.' } },
      { token: officer.token },
    );
    expect(stopped.data?.advanceInnovation.errors).toEqual([]);
    expect((await record(officer, { innovationId: id, kpiId, value: 3, measuredOn: '2026-02-28' })).data?.recordKpiResult.errors).toEqual([
      expect.objectContaining({ code: 'NOT_ALLOWED_NOW', field: 'input.innovationId' }),
    ]);
    expect((await kpisOf(id))[0]!.results).toEqual([]);
  });

  it('refuses anonymous people, citizens, partners, plain members and officers of another agency', async () => {
    const { id, kpis } = await innovationWithKpis('Antrean daring yang hanya diukur petugasnya');
    const input = { innovationId: id, kpiId: kpis[0]!.id, value: 1, measuredOn: '2026-03-31' };
    expect((await record(null, input)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    for (const outsider of [citizen, partner, staffMember, otherOfficer]) {
      expect((await record(outsider, input)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await record(admin, input)).data?.recordKpiResult.errors).toEqual([]);
    expect((await kpisOf(id))[0]!.results).toHaveLength(1);
  });

  it("lists the courses institutes linked to the innovation (not their drafts)", async () => {
    const { id } = await innovationWithKpis('Antrean daring dengan pelatihan petugas');
    const trainer = await signUp(app, 'Pelatih Aparatur');
    const institute = await createOrganization(app, trainer, admin, { name: 'Lembaga Pelatihan Ukur', kind: 'TRAINING_INSTITUTE' });
    const publish = (title: string, status: string) =>
      app.graphql(
        `mutation ($input: PublishCourseInput!) { publishCourse(input: $input) { course { id } errors { code field } } }`,
        {
          input: {
            instituteId: institute.id,
            title,
            summary: 'Mengoperasikan antrean daring dan melayani warga yang datang tanpa nomor.',
            format: 'IN_PERSON',
            sessions: [{ startsAt: new Date(Date.now() + 86_400_000).toISOString(), endsAt: new Date(Date.now() + 90_000_000).toISOString(), place: 'Aula Dinas' }],
            capacity: 20,
            innovationIds: [id],
            status,
          },
        },
        { token: trainer.token },
      );
    expect((await publish('Operator Antrean Daring', 'PUBLISHED')).data?.publishCourse.errors).toEqual([]);
    expect((await publish('Draf Pelatihan Lanjutan', 'DRAFT')).data?.publishCourse.errors).toEqual([]);
    const listed = await app.graphql(`query ($id: ID!) { innovation(id: $id) { courses { totalCount edges { node { title status institute { name } } } } } }`, { id });
    expect(listed.data?.innovation.courses).toEqual({
      totalCount: 1,
      edges: [{ node: { title: 'Operator Antrean Daring', status: 'PUBLISHED', institute: { name: 'Lembaga Pelatihan Ukur' } } }],
    });
  });
});
