import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { signUp } from '../support/people.js';
import { connectWebSocket, executeOverWebSocket } from '../support/ws.js';

const updateProfile = `mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { errors { code } } }`;

function nestedMemberships(depth: number): string {
  let selection = 'id';
  for (let level = 0; level < depth; level += 1) selection = `memberships { edges { node { user { ${selection} } } } }`;
  return `{ viewer { ${selection} } }`;
}

describe('abuse limits', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ environment: { RATE_LIMIT_WRITES_PER_PERSON_PER_MINUTE: '3' } });
  });
  afterAll(() => app?.close());

  it('refuses queries that are too deep or use too many aliases, saying which limit they hit', async () => {
    const deep = await app.graphql(nestedMemberships(4));
    expect(deep.data).toBeUndefined();
    expect(deep.errors?.[0].message).toMatch(/Query depth limit of 12 exceeded, found 1[3-9]\./);
    const aliases = Array.from({ length: 30 }, (_, index) => `a${index}: viewer { id }`).join(' ');
    const aliased = await app.graphql(`{ ${aliases} }`);
    expect(aliased.data).toBeUndefined();
    expect(aliased.errors?.[0].message).toMatch(/Aliases limit of 20 exceeded, found 30\./);
    const fine = await app.graphql(nestedMemberships(1));
    expect(fine.errors).toBeUndefined();
  });

  it('weighs a list at its page size, written in the query or sent as a variable, over HTTP and the WebSocket', async () => {
    const nested = `query ($ideas: Int, $comments: Int) { ideas(first: $ideas) { edges { node { comments(first: $comments) { edges { node { id } } } } } } }`;
    const costly = await app.graphql(`{ ideas(first: 100) { edges { node { comments(first: 100) { edges { node { id } } } } } } }`);
    expect(costly.data).toBeUndefined();
    expect(costly.errors?.[0]).toMatchObject({ message: expect.stringMatching(/^Query cost limit of 10000 exceeded, found \d+: ask for fewer items/), extensions: { code: 'QUERY_TOO_COSTLY' } });
    const throughVariables = await app.graphql(nested, { ideas: 100, comments: 100 });
    expect(throughVariables.errors?.[0].extensions?.code).toBe('QUERY_TOO_COSTLY');
    const socket = connectWebSocket(app.url);
    expect((await executeOverWebSocket(socket, nested, { ideas: 100, comments: 100 })).errors?.[0].extensions?.code).toBe('QUERY_TOO_COSTLY');
    await socket.dispose();
    const smallPages = await app.graphql(nested, { ideas: 10, comments: 10 });
    expect(smallPages.errors).toBeUndefined();
    // The cost is remembered by the variables it reads: another order does not buy a costly page, and a left-out page
    // size (its default applies) is not one sent as null (the lists' own default).
    const ordered = `query ($ideas: Int, $comments: Int, $order: IdeaOrder) { ideas(first: $ideas, orderBy: $order) { edges { node { comments(first: $comments) { edges { node { id } } } } } } }`;
    for (const order of ['NEW', 'TOP']) expect((await app.graphql(ordered, { ideas: 100, comments: 100, order })).errors?.[0].extensions?.code).toBe('QUERY_TOO_COSTLY');
    expect((await app.graphql(ordered, { ideas: 10, comments: 10, order: 'HOT' })).errors).toBeUndefined();
    const defaults = `query ($ideas: Int = 100, $comments: Int = 100) { ideas(first: $ideas) { edges { node { comments(first: $comments) { edges { node { id } } } } } } }`;
    expect((await app.graphql(defaults, {})).errors?.[0].extensions?.code).toBe('QUERY_TOO_COSTLY');
    expect((await app.graphql(defaults, { ideas: null, comments: null })).errors).toBeUndefined();
    const oneLongList = await app.graphql(`query ($first: Int) { ideas(first: $first) { edges { node { id title voteCount commentCount author { displayName } } } } }`, { first: 100 });
    expect(oneLongList.errors).toBeUndefined();
  });

  it('refuses batched operations and oversized bodies', async () => {
    const batched = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ viewer { id } }' }, { query: '{ viewer { id } }' }]),
    });
    expect(batched.status).toBe(400);
    const huge = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ viewer { id } } # ${'x'.repeat(200_000)}` }),
    });
    expect(huge.status).toBe(413);
  });

  it('refuses a cross-site simple POST (CSRF) to /graphql', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: 'mutation { logout { loggedOut } }' }),
    });
    expect(response.status).toBe(400);
  });

  it('rate-limits one person’s writes over HTTP and over the WebSocket alike', async () => {
    const person = await signUp(app);
    const codes: unknown[] = [];
    for (let attempt = 0; attempt < 4; attempt += 1) {
      const response = await app.graphql(updateProfile, { input: { bio: `percobaan ${attempt}` } }, { token: person.token });
      codes.push(response.errors?.[0].extensions?.code ?? 'OK');
    }
    expect(codes).toEqual(['OK', 'OK', 'OK', 'RATE_LIMITED']);
    const socket = connectWebSocket(app.url, { connectionParams: { token: person.token } });
    const overSocket = await executeOverWebSocket(socket, updateProfile, { input: { bio: 'lewat soket' } });
    expect(overSocket.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    const read = await executeOverWebSocket(socket, '{ viewer { bio } }');
    expect(read.data).toEqual({ viewer: { bio: 'percobaan 2' } });
    await socket.dispose();
  });

  it('authenticates WebSocket operations by token and applies the same validation limits', async () => {
    const person = await signUp(app, 'Pengguna Soket');
    const socket = connectWebSocket(app.url, { connectionParams: { token: person.token } });
    expect((await executeOverWebSocket(socket, '{ viewer { displayName } }')).data).toEqual({ viewer: { displayName: 'Pengguna Soket' } });
    const deep = await executeOverWebSocket(socket, nestedMemberships(4));
    expect(deep.errors?.[0].message).toMatch(/Query depth limit of 12 exceeded/);
    await socket.dispose();
    const anonymous = connectWebSocket(app.url);
    expect((await executeOverWebSocket(anonymous, '{ viewer { id } }')).data).toEqual({ viewer: null });
    await anonymous.dispose();
  });

  it('refuses a WebSocket handshake from a foreign origin and accepts our own', async () => {
    const foreign = connectWebSocket(app.url, { origin: 'https://evil.example' });
    await expect(executeOverWebSocket(foreign, '{ viewer { id } }')).rejects.toBeTruthy();
    await foreign.dispose();
    const own = connectWebSocket(app.url, { origin: app.url });
    expect((await executeOverWebSocket(own, '{ viewer { id } }')).data).toEqual({ viewer: null });
    await own.dispose();
  });
});
