import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../apps/api/src/core/global-id.js';
import { startTestApp, testAdmin, type TestApp } from '../support/app.js';
import { signIn } from '../support/people.js';

type Json = { dataset: string; licence: { name: string; url: string }; attribution: string; data: Record<string, unknown>[] };

describe('open data downloads', () => {
  let app: TestApp;
  let hiddenIdea: { id: string; title: string };
  const sql = <T = Record<string, unknown>>(statement: string, parameters: unknown[] = []) => app.server.services.orm.em.fork().getConnection().execute<T[]>(statement, parameters);

  async function download(path: string): Promise<{ status: number; headers: Headers; bytes: Uint8Array; text: string }> {
    const response = await fetch(`${app.url}${path}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    return { status: response.status, headers: response.headers, bytes, text: new TextDecoder().decode(bytes) };
  }
  const csv = async (name: string) => {
    const { text, bytes, headers } = await download(`/data-terbuka/${name}.csv`);
    expect(headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    return { text, rows: parse(text, { bom: true, columns: true }) as Record<string, string>[] };
  };
  const json = async (name: string) => JSON.parse((await download(`/data-terbuka/${name}.json`)).text) as Json;

  beforeAll(async () => {
    app = await startTestApp({ seedDemo: true });
    // Three pages of ideas (1,000 rows a page) besides the demo's, so the keyset's page boundaries are crossed.
    await sql(`insert into ideas (id, created_at, updated_at, kind, title, body, body_html, author_id)
      select gen_random_uuid(), now(), now(), 'PROBLEM', 'Gagasan massal ' || n, 'Isi ' || n, '<p>Isi ' || n || '</p>', (select id from users order by email limit 1)
      from generate_series(1, 2500) n`);
    const [idea] = await sql<{ id: string; title: string }>(`select id, title from ideas where title not like 'Gagasan massal%' order by vote_count desc limit 1`);
    hiddenIdea = idea!;
    const moderator = await signIn(app, testAdmin.email, testAdmin.password);
    const hidden = await app.graphql(
      `mutation ($input: ModerateContentInput!) { moderateContent(input: $input) { errors { code } } }`,
      { input: { subjectIds: [toGlobalId('Idea', hiddenIdea.id)], decision: 'HIDE', reason: 'Uji data terbuka: disembunyikan moderator' } },
      { token: moderator.token },
    );
    expect(hidden.data?.moderateContent.errors).toEqual([]);
  });
  afterAll(() => app?.close());

  it('publishes every visible idea once, in CSV and JSON, matching the database, and leaves out the hidden one', async () => {
    const visible = await sql<{ id: string; title: string; status: string; vote_count: number }>(`select id, title, status, vote_count from ideas where hidden_at is null`);
    const { rows, text } = await csv('gagasan');
    expect(Object.keys(rows[0]!)).toEqual(['id', 'url', 'kind', 'status', 'title', 'body', 'tags', 'organization', 'agency', 'agency_slug', 'service', 'service_slug', 'vote_count', 'decision_reason', 'decided_at', 'merged_into_id', 'innovation_id', 'created_at']);
    expect(rows.length).toBe(visible.length);
    expect(new Set(rows.map((row) => row.id)).size).toBe(visible.length);
    const byId = new Map(rows.map((row) => [row.id, row]));
    for (const idea of visible) {
      const row = byId.get(toGlobalId('Idea', idea.id));
      expect(row, idea.title).toMatchObject({ title: idea.title, status: idea.status, vote_count: String(idea.vote_count) });
    }
    expect(byId.has(toGlobalId('Idea', hiddenIdea.id))).toBe(false);
    expect(text).not.toContain(hiddenIdea.title);

    const document = await json('gagasan');
    expect(document).toMatchObject({ dataset: 'gagasan', licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } });
    expect(document.data.map((idea) => idea.id).sort()).toEqual([...byId.keys()].sort());
    expect(document.data.find((idea) => idea.title === 'Gagasan massal 7')).toMatchObject({ tags: [], vote_count: 0, status: 'OPEN' });
  });

  it('publishes innovations with their KPIs and stage timeline, as the database holds them', async () => {
    const innovations = await sql<{ id: string; title: string; stage: string; kpis: { id: string; results: unknown[] }[] }>(`select id, title, stage, kpis from innovations`);
    const changes = await sql<{ innovation_id: string; count: number }>(`select innovation_id, count(*)::int as count from innovation_stage_changes group by innovation_id`);
    expect(innovations.length).toBeGreaterThan(3);
    const { rows } = await csv('inovasi');
    expect(rows.map((row) => row.id).sort()).toEqual(innovations.map((innovation) => toGlobalId('Innovation', innovation.id)).sort());
    for (const innovation of innovations) expect(rows.find((row) => row.id === toGlobalId('Innovation', innovation.id))).toMatchObject({ title: innovation.title, stage: innovation.stage });
    expect(rows.some((row) => row.legal_basis_number !== '')).toBe(true);

    const document = await json('inovasi');
    for (const innovation of innovations) {
      const published = document.data.find((row) => row.id === toGlobalId('Innovation', innovation.id))!;
      expect(published.kpis).toEqual(innovation.kpis);
      expect((published.timeline as unknown[]).length).toBe(changes.find((change) => change.innovation_id === innovation.id)?.count ?? 0);
    }

    const timeline = await csv('inovasi-tahapan');
    expect(timeline.rows.length).toBe(changes.reduce((total, change) => total + change.count, 0));
    expect(Object.keys(timeline.rows[0]!)).toEqual(['innovation_id', 'from_stage', 'to_stage', 'note', 'created_at']);

    const kpis = await csv('inovasi-kpi');
    const expectedKpiRows = innovations.flatMap((innovation) => innovation.kpis).reduce((total, kpi) => total + Math.max(1, kpi.results.length), 0);
    expect(expectedKpiRows).toBeGreaterThan(0);
    expect(kpis.rows.length).toBe(expectedKpiRows);
  });

  it("publishes closed surveys' final results, the IKM as the regulation rounds it", async () => {
    const closed = await sql<{ id: string; response_count: number; ikm: string | null }>(
      `select id, response_count, round((select sum(value::int) from jsonb_array_elements_text(element_sums) value) * 25.0 / (9 * nullif(response_count, 0)), 2)::text as ikm
         from surveys where closes_at <= now()`,
    );
    expect(closed.length).toBeGreaterThan(2);
    const { rows } = await csv('survei');
    expect(rows.length).toBe(closed.length);
    for (const survey of closed) {
      const row = rows.find((candidate) => candidate.id === toGlobalId('Survey', survey.id))!;
      expect(row.response_count).toBe(String(survey.response_count));
      expect(Number(row.ikm)).toBe(Number(survey.ikm));
    }
    const document = await json('survei');
    expect(document.data.length).toBe(closed.length);
  });

  it('states the licence, carries no personal data and refuses what it does not publish', async () => {
    const emails = (await sql<{ email: string }>(`select email from users`)).map((user) => user.email);
    for (const name of ['gagasan', 'inovasi', 'inovasi-tahapan', 'inovasi-kpi', 'survei']) {
      for (const format of ['csv', 'json']) {
        const { status, headers, text } = await download(`/data-terbuka/${name}.${format}`);
        expect(status).toBe(200);
        expect(headers.get('link')).toBe('<https://creativecommons.org/licenses/by/4.0/>; rel="license"');
        expect(headers.get('content-disposition')).toBe(`attachment; filename="gotong-${name}.${format}"`);
        for (const email of emails) expect(text.includes(email), `${name}.${format} names ${email}`).toBe(false);
        expect(text).not.toMatch(/author|respondent|display_name/);
      }
    }
    expect((await download('/data-terbuka/pengguna.csv')).status).toBe(404);
    expect((await download('/data-terbuka/gagasan.xml')).status).toBe(404);
  });
});
