import { IdeaFeedDocument, SearchDocument, SimilarIdeasDocument, type SearchQuery } from '@gotong/graphql-client';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, testAdmin, type TestApp } from '../support/app.js';
import { postIdea } from '../support/ideas.js';
import { agencyWithService, createOrganization, signIn, signUp, type SignedIn } from '../support/people.js';
import { createInnovation } from './pilot-proposals-support.js';

const search = print(SearchDocument);
const similar = print(SimilarIdeasDocument);
const feed = print(IdeaFeedDocument);
const moderate = `mutation ($input: ModerateContentInput!) { moderateContent(input: $input) { errors { code field } } }`;

type Hit = SearchQuery['search']['edges'][number]['node'];
const titleOf = (hit: Hit) => ('title' in hit.node ? hit.node.title : 'name' in hit.node ? hit.node.name : '');

describe('search', () => {
  let app: TestApp;
  let admin: SignedIn;
  let citizen: SignedIn;
  let stranger: SignedIn;
  const ids: Record<string, string> = {};

  const find = async (query: string, options: { token?: string; first?: number; after?: string; kinds?: string[] } = {}) => {
    const { token, ...variables } = options;
    const response = await app.graphql<SearchQuery>(search, { query, ...variables }, { token });
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.search;
  };
  const titles = async (query: string, options: { token?: string; kinds?: string[] } = {}) => (await find(query, options)).edges.map(({ node }) => titleOf(node));

  beforeAll(async () => {
    app = await startTestApp();
    admin = await signIn(app, testAdmin.email, testAdmin.password);
    citizen = await signUp(app);
    stranger = await signUp(app, 'Orang Lain');
    const agency = await agencyWithService(app, admin, {
      agency: 'Dinas Kependudukan dan Pencatatan Sipil Kota Uji',
      otherAgency: 'Dinas Perhubungan Kota Uji',
      partner: 'Mitra Antrean Digital',
      officer: 'Petugas Dukcapil',
      otherOfficer: 'Petugas Perhubungan',
      service: { name: 'Penerbitan Kartu Keluarga' },
    });
    await createOrganization(app, citizen, admin, { name: 'Dinas Perpustakaan Kota Uji', kind: 'AGENCY' });
    ids.ktp = (await postIdea(app, citizen)).id; // 'Antrean perekaman KTP elektronik terlalu panjang', body with "KTP-el"
    ids.office = (await postIdea(app, citizen, { title: 'Antrean panjang di kantor kecamatan setiap Senin', body: 'Warga menunggu berjam-jam di kantor untuk dilayani.' })).id;
    ids.family = (await postIdea(app, citizen, { title: 'Pembaruan kartu keluarga harus datang langsung', body: 'Mengurus kartu keluarga bisa daring saja.' })).id;
    ids.slow = (await postIdea(app, citizen, { title: 'Pelayanan administrasi kependudukan lambat', body: 'Berkas menumpuk berminggu-minggu.' })).id;
    ids.library = (await postIdea(app, citizen, { title: 'Perpustakaan keliling untuk desa terpencil', body: 'Mobil perpustakaan datang ke desa setiap pekan.' })).id;
    ids.hours = (await postIdea(app, citizen, { title: 'Jam buka layanan pajak diperpanjang', body: 'Banyak warga bekerja; buka sampai malam di perpustakaan kota.' })).id;
    ids.cafe = (await postIdea(app, citizen, { title: 'Kafé baca di taman kota', body: 'Tempat membaca yang nyaman.' })).id;
    ids.hidden = (await postIdea(app, stranger, { title: 'Zebrakuda melintas di jalan raya', body: 'Rahasia yang disembunyikan moderator.' })).id;
    const hidden = await app.graphql(moderate, { input: { subjectIds: [ids.hidden], decision: 'HIDE', reason: 'Melanggar aturan forum' } }, { token: admin.token });
    expect(hidden.data?.moderateContent.errors).toEqual([]);
    await app.graphql(
      `mutation ($input: StartDiscussionInput!) { startDiscussion(input: $input) { errors { code } } }`,
      { input: { category: 'GENERAL', title: 'Perpustakaan digital untuk pelajar', body: 'Siapa yang sudah mencoba perpustakaan digital daerah?' } },
      { token: citizen.token },
    );
    ids.innovation = await createInnovation(app, agency.officer, agency.agency.id, 'Antrean daring untuk perekaman KTP-el');
    const survey = await app.graphql(
      `mutation ($input: CreateSurveyInput!) { createSurvey(input: $input) { survey { id } errors { code field } } }`,
      { input: { serviceId: agency.serviceId, title: 'Survei kepuasan kartu keluarga', period: 'Semester I 2026', opensAt: new Date(Date.now() - 86_400_000).toISOString(), closesAt: new Date(Date.now() + 30 * 86_400_000).toISOString() } },
      { token: agency.officer.token },
    );
    expect(survey.data?.createSurvey.errors).toEqual([]);
    const trainer = await signUp(app, 'Pelatih');
    const institute = await createOrganization(app, trainer, admin, { name: 'Lembaga Pelatihan Aparatur', kind: 'TRAINING_INSTITUTE' });
    const publish = `mutation ($input: PublishCourseInput!) { publishCourse(input: $input) { course { id } errors { code field message } } }`;
    const startsAt = new Date(Date.now() + 10 * 86_400_000);
    const course = (title: string, status?: string) => ({
      instituteId: institute.id, title, summary: 'Melayani warga di loket kependudukan.', format: 'ONLINE', capacity: 20,
      sessions: [{ startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 7_200_000).toISOString(), place: 'Daring' }],
      ...(status ? { status } : {}),
    });
    expect((await app.graphql(publish, { input: course('Mengelola antrean loket pelayanan') }, { token: trainer.token })).data?.publishCourse.errors).toEqual([]);
    expect((await app.graphql(publish, { input: course('Draf antrean rahasia', 'DRAFT') }, { token: trainer.token })).data?.publishCourse.errors).toEqual([]);
  });
  afterAll(() => app?.close());

  it('finds every kind with its kind, title matches ranked above body matches', async () => {
    const result = await find('perpustakaan');
    expect(result.totalCount).toBe(4);
    expect(new Set(result.edges.map(({ node }) => node.kind))).toEqual(new Set(['IDEA', 'DISCUSSION', 'ORGANIZATION']));
    const ranks = result.edges.map(({ node }) => node.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect(titleOf(result.edges.at(-1)!.node)).toBe('Jam buka layanan pajak diperpanjang');

    const queue = await find('antrean');
    const kinds = Object.fromEntries(queue.edges.map(({ node }) => [titleOf(node), node.kind]));
    expect(kinds).toMatchObject({
      'Antrean daring untuk perekaman KTP-el': 'INNOVATION',
      'Mengelola antrean loket pelayanan': 'COURSE',
      'Mitra Antrean Digital': 'ORGANIZATION',
      'Antrean panjang di kantor kecamatan setiap Senin': 'IDEA',
    });
    expect(Object.fromEntries((await find('kartu keluarga')).edges.map(({ node }) => [titleOf(node), node.kind]))).toMatchObject({
      'Penerbitan Kartu Keluarga': 'SERVICE',
      'Survei kepuasan kartu keluarga': 'SURVEY',
      'Pembaruan kartu keluarga harus datang langsung': 'IDEA',
    });
    expect(await titles('kartu keluarga', { kinds: ['SURVEY'] })).toEqual(['Survei kepuasan kartu keluarga']);
  });

  it('forgives spelling variants, typos, accents and case, and matches a prefix as one types', async () => {
    expect(await titles('antrian', { kinds: ['IDEA'] })).toEqual(expect.arrayContaining(['Antrean perekaman KTP elektronik terlalu panjang', 'Antrean panjang di kantor kecamatan setiap Senin']));
    expect(await titles('ktp el', { kinds: ['IDEA'] })).toEqual(['Antrean perekaman KTP elektronik terlalu panjang']);
    expect(await titles('KTP-el', { kinds: ['INNOVATION'] })).toEqual(['Antrean daring untuk perekaman KTP-el']);
    expect(await titles('kartu kluarga', { kinds: ['IDEA'] })).toEqual(['Pembaruan kartu keluarga harus datang langsung']);
    // Three letters wrong in a twelve-letter word.
    expect(await titles('kapendudokam', { kinds: ['IDEA'] })).toEqual(['Pelayanan administrasi kependudukan lambat']);
    expect(await titles('kepe', { kinds: ['IDEA'] })).toEqual(['Pelayanan administrasi kependudukan lambat']);
    expect(await titles('perp', { kinds: ['IDEA'] })).toEqual(expect.arrayContaining(['Perpustakaan keliling untuk desa terpencil']));
    expect(await titles('KAFE', { kinds: ['IDEA'] })).toEqual(['Kafé baca di taman kota']);
    expect(await titles('kafé baca')).toEqual(['Kafé baca di taman kota']);
    // A short word is taken as written: no typo allowance under four letters.
    expect(await titles('ktq', { kinds: ['IDEA'] })).toEqual([]);
  });

  it('suggests what was meant when nothing matches', async () => {
    const nothing = await find('pustaka');
    expect(nothing.edges).toEqual([]);
    expect(nothing.didYouMean).toBe('perpustakaan');
    const found = await find('perpustakaan');
    expect(found.didYouMean).toBeNull();
    expect((await find('qqqqqq')).didYouMean).toBeNull();
  });

  it('hides what the viewer may not see, in hits, counts and suggestions', async () => {
    expect(await titles('zebrakuda')).toEqual([]);
    expect(await titles('zebrakuda', { token: citizen.token })).toEqual([]);
    expect((await find('zebrakuda', { token: citizen.token })).totalCount).toBe(0);
    // The hidden idea's word is known, but the suggestion would find only what the viewer may not see.
    expect((await find('zebrakudu', { token: citizen.token })).didYouMean).toBeNull();
    expect(await titles('zebrakuda', { token: stranger.token })).toEqual(['Zebrakuda melintas di jalan raya']);
    expect(await titles('zebrakuda', { token: admin.token })).toEqual(['Zebrakuda melintas di jalan raya']);
    expect(await titles('draf antrean rahasia')).toEqual([]);
  });

  it('costs the same statements whatever the number of hits (one load per kind on the page)', async () => {
    const statements = async (first: number) => {
      const before = app.queries.length;
      const result = await find('antrean', { first, kinds: ['IDEA'] });
      return { hits: result.edges.length, statements: app.queries.length - before };
    };
    const few = await statements(1);
    const more = await statements(2);
    expect([few.hits, more.hits]).toEqual([1, 2]);
    expect(more.statements).toBe(few.statements);
  });

  it('pages through the hits with cursors and ignores empty or odd queries safely', async () => {
    const first = await find('perpustakaan', { first: 2 });
    const rest = await find('perpustakaan', { first: 2, after: first.pageInfo.endCursor! });
    const all = await find('perpustakaan', { first: 10 });
    const id = ({ node }: { node: Hit }) => node.node.id;
    expect([...first.edges, ...rest.edges].map(id)).toEqual(all.edges.map(id));
    expect(rest.pageInfo.hasNextPage).toBe(false);
    expect((await find('   ')).edges).toEqual([]);
    expect((await find("') or 1=1; drop table ideas; --")).edges).toEqual([]);
    expect((await find("'\\:* & !")).edges).toEqual([]);
    expect((await app.graphql(search, { query: 'pajak', after: 'bukan-kursor' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('filters the feed by the same forgiving text search', async () => {
    const response = await app.graphql(feed, { filter: { text: 'antrian' }, first: 20 });
    const found = response.data!.ideas.edges.map(({ node }: { node: { title: string } }) => node.title);
    expect(found.sort()).toEqual(['Antrean panjang di kantor kecamatan setiap Senin', 'Antrean perekaman KTP elektronik terlalu panjang']);
    expect((await app.graphql(feed, { filter: { text: 'zebrakuda' }, first: 20 }, { token: citizen.token })).data!.ideas.edges).toEqual([]);
  });

  it('offers the queue ideas as similar to a draft about queues, from its title and body', async () => {
    const like = async (text: string, body?: string) =>
      ((await app.graphql(similar, { text, body, first: 5 })).data!.similarIdeas as { id: string }[]).map((idea) => idea.id);
    const queue = await like('Antrian panjang di kantor');
    expect(queue.slice(0, 2).sort()).toEqual([ids.ktp, ids.office].sort());
    expect(queue).not.toContain(ids.library);
    expect(await like('Usul baru', 'Mengurus kartu kluarga terlalu lama')).toEqual([ids.family]);
    expect(await like('Zebrakuda')).toEqual([]);
    expect(await like('di')).toEqual([]);
  });
});
