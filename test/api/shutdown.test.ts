import { request } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { graphqlClient, startApiProcess, type ApiProcess } from '../support/api-process.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { postIdea } from '../support/ideas.js';
import { signIn } from '../support/people.js';
import { connectLive, settled, subscribe } from '../support/ws-client.js';

const admin = { email: 'admin@shutdown.gotong.id', password: 'admin-password-123' };
const addComment = `mutation ($input: AddCommentInput!) { addComment(input: $input) { comment { id } errors { code message } } }`;
const writes = 100;

type Outcome = { status: number; body: any } | { error: string };

/** One POST on a connection of its own; `sent` resolves once the server's kernel holds the connection and the whole request. */
function post(url: string, token: string, body: unknown): { sent: Promise<void>; outcome: Promise<Outcome> } {
  let connected!: () => void;
  let written!: () => void;
  const sent = Promise.all([new Promise<void>((resolve) => (connected = resolve)), new Promise<void>((resolve) => (written = resolve))]).then(() => undefined);
  const outcome = new Promise<Outcome>((resolve) => {
    const payload = JSON.stringify(body);
    const client = request(`${url}/graphql`, {
      method: 'POST',
      agent: false,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), authorization: `Bearer ${token}` },
    });
    client.on('socket', (socket) => socket.once('connect', connected));
    client.on('finish', written);
    client.on('error', (error: NodeJS.ErrnoException) => {
      connected();
      written();
      resolve({ error: error.code ?? error.message });
    });
    client.on('response', (response) => {
      let text = '';
      response.on('data', (chunk: Buffer) => (text += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) }));
      response.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
    });
    client.end(payload);
  });
  return { sent, outcome };
}

describe('graceful shutdown of an API process', () => {
  let database: TestDatabase;
  let environment: Record<string, string>;
  let server: ApiProcess | undefined;

  beforeAll(async () => {
    database = await createTestDatabase();
    environment = {
      ...(database.databaseUrl ? { DATABASE_URL: database.databaseUrl } : { DATA_DIR: database.dataDirectory }),
      // As in production: Apollo, for one, handles signals itself unless NODE_ENV is test.
      NODE_ENV: 'production',
      SERVE_WEB: '0',
      SEED_DEMO: '0',
      ADMIN_EMAIL: admin.email,
      ADMIN_PASSWORD: admin.password,
      // Long enough for a hundred writes queued on the embedded database's one connection of a busy machine.
      SHUTDOWN_TIMEOUT_MS: '60000',
      RATE_LIMIT_WRITES_PER_PERSON_PER_MINUTE: '10000',
      RATE_LIMIT_WRITES_PER_ADDRESS_PER_MINUTE: '10000',
    };
  });
  afterEach(async () => {
    await server?.stop();
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('on SIGTERM answers every request it accepted, stores every acknowledged write, closes sockets with 1001 and exits 0', async () => {
    server = await startApiProcess(environment);
    const api = graphqlClient(server.url);
    const author = await signIn(api, admin.email, admin.password);
    const idea = await postIdea(api, author);

    const closes: { code: number; reason: string }[] = [];
    for (let index = 0; index < 3; index += 1) {
      const live = await connectLive(server.url, undefined, { onNonLazyError: () => undefined });
      live.on('closed', (event) => closes.push(event as { code: number; reason: string }));
      subscribe(live, `subscription ($id: ID!) { commentAdded(subjectId: $id) { id } }`, { id: idea.id });
      await settled(live);
    }

    const requests = Array.from({ length: writes }, (_, index) =>
      post(server!.url, author.token, { query: addComment, variables: { input: { subjectId: idea.id, body: `Komentar ke-${index} saat berhenti.` } } }),
    );
    // Every request has left this process (the server may not have read them yet) when the signal arrives.
    await Promise.all(requests.map((each) => each.sent));
    server.child.kill('SIGTERM');
    const outcomes = await Promise.all(requests.map((each) => each.outcome));
    const exitCode = await server.exited;

    const accepted = outcomes.filter((outcome) => !('error' in outcome && outcome.error === 'ECONNREFUSED'));
    const failures = accepted.filter((outcome) => 'error' in outcome || outcome.status !== 200 || outcome.body.errors || outcome.body.data?.addComment.errors.length);
    const acknowledged = outcomes.flatMap((outcome) => ('body' in outcome && outcome.body.data?.addComment.comment ? [outcome.body.data.addComment.comment.id as string] : []));
    expect(failures, server.output()).toEqual([]);
    expect(exitCode, server.output()).toBe(0);
    expect(server.output()).not.toContain('connections cut');
    expect(closes.map((event) => [event.code, event.reason])).toEqual(Array(3).fill([1001, 'Server shutting down; reconnect']));

    await server.stop();
    server = await startApiProcess(environment);
    const stored = await graphqlClient(server.url).graphql(`query ($id: ID!) { idea(id: $id) { commentCount comments(first: 100) { edges { node { id } } } } }`, { id: idea.id });
    const storedIds: string[] = stored.data?.idea.comments.edges.map((edge: { node: { id: string } }) => edge.node.id);
    console.log(`shutdown: ${writes} writes sent before SIGTERM, ${accepted.length} accepted, ${acknowledged.length} acknowledged, ${storedIds.length} stored`);
    expect(accepted.length).toBeGreaterThan(0);
    expect(stored.data?.idea.commentCount).toBe(acknowledged.length);
    expect(new Set(storedIds)).toEqual(new Set(acknowledged));
  });

  it('turns /readyz unready before it stops listening', async () => {
    server = await startApiProcess({ ...environment, SHUTDOWN_DELAY_MS: '1500' });
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    server.child.kill('SIGTERM');
    let answer: Response | undefined;
    for (let attempt = 0; attempt < 50 && answer?.status !== 503; attempt += 1) {
      answer = await fetch(`${server.url}/readyz`);
    }
    expect(answer?.status).toBe(503);
    expect(await answer?.json()).toEqual({ status: 'shutting down' });
    expect(await server.exited).toBe(0);
  });
});
