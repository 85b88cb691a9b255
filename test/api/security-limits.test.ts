import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../apps/api/src/core/global-id.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { postIdea, vote } from '../support/ideas.js';
import { signUp } from '../support/people.js';
import { liveClients, subscribe } from '../support/ws-client.js';
import { connectWebSocket, executeOverWebSocket } from '../support/ws.js';

const expensive = `ideas(first: 100) { edges { node { comments(first: 100) { edges { node { id body } } } } } }`;

async function post(app: TestApp, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } };
}

describe('security: the operation guard, the same over HTTP and the WebSocket', () => {
  let app: TestApp;
  const live = liveClients(() => app.url);
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterEach(() => live.disposeAll());
  afterAll(() => app?.close());

  it('finding 1: a negative or oversized page is refused before anything runs, so it cannot pad a costly query under the limit', async () => {
    const padded = `query ($minus: Int) { cheap: ideas(first: $minus) { edges { node { id } } } ${expensive} }`;
    const literal = await app.graphql(`{ cheap: ideas(first: -100000) { edges { node { id } } } ${expensive} }`, undefined, { headers: { accept: 'application/graphql-response+json' } });
    expect(literal.status).toBe(400);
    expect(literal.data).toBeUndefined();
    expect(literal.errors?.[0]).toMatchObject({ message: expect.stringContaining('"first" must be between 0 and 100'), extensions: { code: 'BAD_USER_INPUT', argumentName: 'first' } });
    const throughVariables = await app.graphql(padded, { minus: -100000 });
    expect(throughVariables.data).toBeUndefined();
    expect(throughVariables.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'first' });
    const tooLong = await app.graphql(`{ ideas(first: 101) { edges { node { id } } } }`);
    expect(tooLong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'first' });
    const socket = connectWebSocket(app.url);
    const overSocket = await executeOverWebSocket(socket, padded, { minus: -100000 });
    expect(overSocket.data).toBeUndefined();
    expect(overSocket.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'first' });
    await socket.dispose();
    // The similar-ideas list obeys the same rule.
    const similar = await app.graphql(`{ similarIdeas(text: "antrean KTP", first: -5) { id } }`);
    expect(similar.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'first' });
    expect((await app.graphql(`{ ideas(first: 0) { edges { node { id } } } }`)).errors).toBeUndefined();
  });

  it('finding 1: nodes(ids:) weighs each id, and takes at most 100', async () => {
    const ids = Array.from({ length: 100 }, (_, index) => toGlobalId('Idea', `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`));
    const query = `query ($ids: [ID!]!) { nodes(ids: $ids) { id ... on Idea { comments(first: 100) { edges { node { id body } } } } } }`;
    const costly = await app.graphql(query, { ids });
    expect(costly.data).toBeUndefined();
    expect(costly.errors?.[0].extensions?.code).toBe('QUERY_TOO_COSTLY');
    const fine = await app.graphql(`query ($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids });
    expect(fine.errors).toBeUndefined();
    expect(fine.data).toEqual({ nodes: Array(100).fill(null) });
    const tooMany = await app.graphql(`query ($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: [...ids, ids[0]] });
    expect(tooMany.data).toBeUndefined();
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'ids' });
  });

  it('finding 5: an unexpected error over the WebSocket is masked exactly as over HTTP (no SQL, no parameters)', async () => {
    const connection = app.server.services.orm.em.getConnection();
    const author = await signUp(app, 'Penulis Rahasia');
    await postIdea(app, author, { title: 'Judul yang tidak boleh bocor lewat soket' });
    await connection.execute('alter table users rename to users_away');
    try {
      const query = `{ ideas(first: 5) { edges { node { title author { displayName } } } } }`;
      const overHttp = await app.graphql(query);
      const socket = connectWebSocket(app.url);
      const overSocket = await executeOverWebSocket(socket, query);
      await socket.dispose();
      for (const result of [overHttp, overSocket]) {
        expect(result.errors?.length).toBeGreaterThan(0);
        for (const error of result.errors ?? []) {
          expect(error.message).toBe('Internal server error');
          expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
        }
        expect(JSON.stringify(result)).not.toMatch(/select|users_away|relation|"users"/i);
      }
      expect(overSocket.errors).toEqual(overHttp.errors);
    } finally {
      await connection.execute('alter table users_away rename to users');
    }
  });

  it('finding 5: no field suggestions anywhere ("Did you mean"), over HTTP or the WebSocket', async () => {
    const typos = [`{ ideaz(first: 1) { edges { node { id } } } }`, `{ ideas(frist: 1) { edges { node { id } } } }`, `{ ideas(orderBy: TOPP) { totalCount } }`];
    const socket = connectWebSocket(app.url);
    for (const query of typos) {
      const overHttp = await app.graphql(query);
      const overSocket = await executeOverWebSocket(socket, query);
      for (const result of [overHttp, overSocket]) {
        expect(result.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
        expect(JSON.stringify(result.errors)).not.toMatch(/Did you mean|ideas"|first"|TOP"/);
      }
      expect(overSocket.errors?.map((error) => error.message)).toEqual(overHttp.errors?.map((error) => error.message));
    }
    const badEnumInVariable = await app.graphql(`query ($order: IdeaOrder) { ideas(orderBy: $order) { totalCount } }`, { order: 'TOPP' });
    expect(badEnumInVariable.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(badEnumInVariable.errors)).not.toMatch(/Did you mean/);
    await socket.dispose();
  });

  it('finding 10: syntax errors and token-limit refusals answer 400, not 500', async () => {
    const syntax = await post(app, { query: '{ ideas(first: 1) { edges ' });
    expect(syntax.status).toBe(400);
    expect(syntax.body.errors?.[0]).toMatchObject({ message: expect.stringMatching(/^Syntax Error/), extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
    const tokens = await post(app, { query: `{ ${Array.from({ length: 3100 }, () => '__typename').join(' ')} }` });
    expect(tokens.status).toBe(400);
    expect(tokens.body.errors?.[0]).toMatchObject({ message: expect.stringContaining('3000 tokens'), extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
    const tokensOverSocket = await executeOverWebSocket(connectWebSocket(app.url), `{ ${Array.from({ length: 3100 }, () => '__typename').join(' ')} }`);
    expect(tokensOverSocket.errors?.[0]).toMatchObject({ message: tokens.body.errors?.[0].message, extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
    const noQuery = await post(app, { variables: {} });
    expect(noQuery.status).toBe(400);
  });

  it('finding 15: a socket takes exactly 50 operations at once, and refuses the 51st', async () => {
    const author = await signUp(app);
    const voter = await signUp(app);
    const idea = await postIdea(app, author);
    const client = await live.connect();
    const subscriptions = Array.from({ length: 50 }, () => subscribe(client, `subscription ($id: ID!) { ideaChanged(id: $id) { voteCount } }`, { id: idea.id }));
    const refused = subscribe(client, `subscription ($id: ID!) { ideaChanged(id: $id) { voteCount } }`, { id: idea.id });
    expect(await refused.ended).toEqual([{ message: 'At most 50 operations at once on one connection.', extensions: { code: 'BAD_REQUEST' } }]);
    expect((await vote(app, voter, idea.id)).data?.voteIdea.errors).toEqual([]);
    const events = await Promise.all(subscriptions.map((subscription) => subscription.next(20_000)));
    expect(events.map((event) => event.data)).toEqual(Array(50).fill({ ideaChanged: { voteCount: 1 } }));
  });
});
