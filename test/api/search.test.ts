import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, testAdmin, type TestApp } from '../support/app.js';
import { postIdea } from '../support/ideas.js';
import { createOrganization, signIn, signUp, type SignedIn } from '../support/people.js';

const search = `query ($query: String!, $first: Int, $after: String) { search(query: $query, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { rank node { __typename id ... on Idea { title } ... on Discussion { title } ... on Organization { name } } } }
} }`;

describe('search', () => {
  let app: TestApp;
  let citizen: SignedIn;

  beforeAll(async () => {
    app = await startTestApp();
    const admin = await signIn(app, testAdmin.email, testAdmin.password);
    citizen = await signUp(app);
    await createOrganization(app, citizen, admin, { name: 'Dinas Perpustakaan Kota Uji', kind: 'AGENCY' });
    await postIdea(app, citizen, { title: 'Perpustakaan keliling untuk desa terpencil', body: 'Mobil perpustakaan datang ke desa setiap pekan.' });
    await postIdea(app, citizen, { title: 'Jam buka layanan kependudukan diperpanjang', body: 'Banyak warga bekerja; buka sampai malam di perpustakaan kota.' });
    await postIdea(app, citizen, { title: 'Pembayaran pajak kendaraan lewat aplikasi', body: 'Tanpa antre di kantor samsat.' });
    await app.graphql(
      `mutation ($input: StartDiscussionInput!) { startDiscussion(input: $input) { errors { code } } }`,
      { input: { category: 'GENERAL', title: 'Perpustakaan digital untuk pelajar', body: 'Siapa yang sudah mencoba perpustakaan digital daerah?' } },
      { token: citizen.token },
    );
  });
  afterAll(() => app?.close());

  it('finds ideas, discussions and organisations, title matches ranked first', async () => {
    const result = (await app.graphql(search, { query: 'perpustakaan' })).data!.search;
    expect(result.totalCount).toBe(4);
    const hits = result.edges.map((edge: { node: { node: { __typename: string } } }) => edge.node.node.__typename);
    expect(new Set(hits)).toEqual(new Set(['Idea', 'Discussion', 'Organization']));
    const ranks = result.edges.map((edge: { node: { rank: number } }) => edge.node.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect(result.edges.at(-1).node.node.title).toBe('Jam buka layanan kependudukan diperpanjang');
  });

  it('pages through the hits with cursors and ignores empty or odd queries safely', async () => {
    const first = (await app.graphql(search, { query: 'perpustakaan', first: 2 })).data!.search;
    const rest = (await app.graphql(search, { query: 'perpustakaan', first: 2, after: first.pageInfo.endCursor })).data!.search;
    const all = (await app.graphql(search, { query: 'perpustakaan', first: 10 })).data!.search;
    const id = (edge: { node: { node: { id: string } } }) => edge.node.node.id;
    expect([...first.edges, ...rest.edges].map(id)).toEqual(all.edges.map(id));
    expect(rest.pageInfo.hasNextPage).toBe(false);
    expect((await app.graphql(search, { query: '   ' })).data!.search.edges).toEqual([]);
    expect((await app.graphql(search, { query: "') or 1=1; drop table ideas; --" })).data!.search.edges).toEqual([]);
    expect((await app.graphql(search, { query: 'pajak', after: 'bukan-kursor' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
