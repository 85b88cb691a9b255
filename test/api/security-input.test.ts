import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, testAdmin, type TestApp } from '../support/app.js';
import { postIdea } from '../support/ideas.js';
import { signIn, signUp, type SignedIn } from '../support/people.js';
import { liveClients } from '../support/ws-client.js';
import { executeOverWebSocket } from '../support/ws.js';

const nul = '\u0000';

describe('security: bad text and bad cursors are the client’s error, named, never an internal one', () => {
  let app: TestApp;
  let admin: SignedIn;
  let person: SignedIn;
  const live = liveClients(() => app.url);
  beforeAll(async () => {
    app = await startTestApp();
    admin = await signIn(app, testAdmin.email, testAdmin.password);
    person = await signUp(app, 'Warga Teliti');
    await postIdea(app, person);
    await postIdea(app, person, { title: 'Loket pembayaran pajak kendaraan tutup terlalu cepat' });
  });
  afterEach(() => live.disposeAll());
  afterAll(() => app?.close());

  it('finding 9: a NUL in any text argument, sent as a variable or written in the query, names the field (HTTP and WebSocket)', async () => {
    const postIdeaQuery = `mutation ($input: PostIdeaInput!) { postIdea(input: $input) { idea { id } errors { code field } } }`;
    const cases: [string, Record<string, unknown> | undefined, string][] = [
      [postIdeaQuery, { input: { kind: 'PROBLEM', title: `Judul${nul}`, body: 'Isi gagasan yang cukup panjang untuk diterima.' } }, 'input.title'],
      [postIdeaQuery, { input: { kind: 'PROBLEM', title: 'Judul yang cukup panjang', body: `Isi${nul}`, tags: ['a'] } }, 'input.body'],
      [postIdeaQuery, { input: { kind: 'PROBLEM', title: 'Judul yang cukup panjang', body: 'Isi gagasan yang cukup panjang.', tags: ['ok', `t${nul}`] } }, 'input.tags.1'],
      [`query ($text: String!) { search(query: $text) { totalCount } }`, { text: `ktp${nul}` }, 'text'],
      [`{ search(query: "ktp\\u0000") { totalCount } }`, undefined, 'query'],
      [`{ organization(slug: "dinas\\u0000") { id } }`, undefined, 'slug'],
      [`{ ideas(filter: { tag: "a\\u0000" }) { totalCount } }`, undefined, 'filter.tag'],
      [`query ($name: String) { organizations(filter: { text: $name }) { totalCount } }`, { name: nul }, 'name'],
      [`mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { errors { code } } }`, { input: { displayName: `Nama${nul}` } }, 'input.displayName'],
    ];
    const client = await live.connect(person.token);
    for (const [query, variables, field] of cases) {
      const overHttp = await app.graphql(query, variables, { token: person.token, headers: { accept: 'application/graphql-response+json' } });
      expect(overHttp.status, query).toBe(400);
      expect(overHttp.data, query).toBeUndefined();
      expect(overHttp.errors?.[0], query).toMatchObject({ message: expect.stringContaining('NUL character'), extensions: { code: 'BAD_USER_INPUT', field } });
      expect((await executeOverWebSocket(client, query, variables)).errors, query).toEqual(overHttp.errors);
    }
    const ideas = await app.graphql(`{ ideas { totalCount } }`);
    expect(ideas.data?.ideas.totalCount).toBe(2);
  });

  it('finding 9: an invalid or foreign cursor on every list is BAD_USER_INPUT naming "after"', async () => {
    const endCursor = async (query: string, token?: string) => {
      const response = await app.graphql(query, undefined, { token });
      expect(response.errors, query).toBeUndefined();
      return JSON.stringify(response.data).match(/"endCursor":"([^"]+)"/)?.[1];
    };
    const foreign = [
      await endCursor(`{ ideas(first: 1) { pageInfo { endCursor } } }`),
      await endCursor(`{ ideas(first: 1, orderBy: TOP) { pageInfo { endCursor } } }`),
      await endCursor(`{ search(query: "pajak", first: 1) { pageInfo { endCursor } } }`),
      await endCursor(`{ auditEntries(first: 1) { pageInfo { endCursor } } }`, admin.token),
      Buffer.from(JSON.stringify([{ date: 'not a date' }, 'not-a-uuid'])).toString('base64url'),
      Buffer.from('[1e309, null, "x"]').toString('base64url'),
      Buffer.from(JSON.stringify(['x'.repeat(50), [1], { a: 1 }])).toString('base64url'),
      'junk!',
      '',
    ].filter((cursor): cursor is string => cursor !== undefined);
    expect(foreign.length).toBeGreaterThanOrEqual(8);
    const lists = [
      ['ideas', `ideas(first: 5, after: $after) { totalCount }`],
      ['ideas TOP', `ideas(first: 5, orderBy: TOP, after: $after) { totalCount }`],
      ['ideas HOT', `ideas(first: 5, orderBy: HOT, after: $after) { totalCount }`],
      ['search', `search(query: "pajak", first: 5, after: $after) { totalCount }`],
      ['discussions', `discussions(first: 5, after: $after) { totalCount }`],
      ['innovations', `innovations(first: 5, after: $after) { totalCount }`],
      ['organizations', `organizations(first: 5, after: $after) { totalCount }`],
      ['services', `services(first: 5, after: $after) { totalCount }`],
      ['courses', `courses(first: 5, after: $after) { totalCount }`],
      ['surveys', `surveys(first: 5, after: $after) { totalCount }`],
      ['pilotProposals', `pilotProposals(first: 5, after: $after) { totalCount }`],
      ['notifications', `notifications(first: 5, after: $after) { edges { cursor } }`],
      ['moderationQueue', `moderationQueue(first: 5, after: $after) { edges { cursor } }`],
      ['moderationLog', `moderationLog(first: 5, after: $after) { totalCount }`],
      ['auditEntries', `auditEntries(first: 5, after: $after) { totalCount }`],
    ];
    for (const [name, field] of lists) {
      for (const after of foreign) {
        const response = await app.graphql(`query ($after: String) { ${field} }`, { after }, { token: admin.token });
        const error = response.errors?.[0];
        // A cursor of the same list (the ideas' own, search's own) is valid there: it pages on.
        if (!error) continue;
        expect(error, `${name} after ${after}`).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argumentName: 'after' } });
        expect(error.message, name).toContain('"after"');
      }
    }
  });
});
