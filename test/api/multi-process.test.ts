import { randomUUID } from 'node:crypto';
import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { postIdea, vote } from '../support/ideas.js';
import { signUp } from '../support/people.js';
import { WebClient } from '../support/web-client.js';
import { connectLive, settled, subscribe } from '../support/ws-client.js';

const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const ideaChanged = `subscription ($id: ID!) { ideaChanged(id: $id) { id voteCount } }`;
const notificationAdded = `subscription { notificationAdded { kind title } }`;
const addComment = `mutation ($input: AddCommentInput!) { addComment(input: $input) { comment { id } errors { code } } }`;

// Two API servers on one PostgreSQL and one Redis; the embedded database belongs to one process, so this needs DATABASE_URL.
describe.skipIf(!process.env.DATABASE_URL)('two API processes sharing PostgreSQL and Redis', () => {
  let processA: TestApp;
  let processB: TestApp;
  const clients: Client[] = [];
  // A prefix of its own, so parallel runs on the same Redis do not hear each other.
  const environment = { REDIS_URL: redisUrl, REDIS_KEY_PREFIX: `gotong-test-${randomUUID().slice(0, 8)}:` };

  beforeAll(async () => {
    processA = await startTestApp({ environment });
    processB = await startTestApp({ environment, database: processA.database, serveWeb: true });
  });
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
    await processB?.close();
    await processA?.close();
  });

  it('a vote through process A reaches a subscriber connected to process B, and drops the visitor’s page B keeps in its page cache', async () => {
    const author = await signUp(processA);
    const idea = await postIdea(processA, author);
    const visitor = new WebClient(processB.url);
    const page = `/gagasan/${idea.id}`;
    for (let visit = 0; visit < 2; visit += 1) await visitor.get(page);
    expect((await visitor.get(page)).headers.get('x-gotong-page-cache')).toBe('hit');
    const onB = await connectLive(processB.url);
    clients.push(onB);
    const changes = subscribe(onB, ideaChanged, { id: idea.id });
    await settled(onB);

    await vote(processA, await signUp(processA), idea.id);
    expect((await changes.next()).data?.ideaChanged).toEqual({ id: idea.id, voteCount: 1 });
    // B's page cache hears the event before B's subscribers are sent it.
    const afterVote = await visitor.get(page);
    expect(afterVote.headers.get('x-gotong-page-cache')).toBe('miss');
    expect(/class="vote-count"[^>]*>(\d+)/.exec(afterVote.body)?.[1]).toBe('1');
    await vote(processB, await signUp(processB), idea.id);
    expect((await changes.next()).data?.ideaChanged).toEqual({ id: idea.id, voteCount: 2 });
  });

  it('a notification made on process A is created once and reaches its recipient on process B', async () => {
    const author = await signUp(processA);
    const idea = await postIdea(processA, author);
    const first = await processA.graphql(addComment, { input: { subjectId: idea.id, body: 'Komentar pertama.' } }, { token: author.token });
    const onB = await connectLive(processB.url, author.token);
    clients.push(onB);
    const notifications = subscribe(onB, notificationAdded);
    await settled(onB);

    const replier = await signUp(processA);
    await processA.graphql(addComment, { input: { subjectId: idea.id, parentId: first.data?.addComment.comment.id, body: 'Balasan.' } }, { token: replier.token });
    expect((await notifications.next()).data?.notificationAdded).toEqual({ kind: 'COMMENT_REPLY', title: idea.title });
    await notifications.expectNothing();
    const listed = await processB.graphql(`{ notifications { totalCount unreadCount } }`, {}, { token: author.token });
    expect(listed.data?.notifications).toEqual({ totalCount: 1, unreadCount: 1 });
  });

  it('rate limits are shared: a person\'s writes count on every process', async () => {
    const limited = { ...environment, RATE_LIMIT_WRITES_PER_PERSON_PER_MINUTE: '3' };
    const strictA = await startTestApp({ environment: limited, database: processA.database });
    const strictB = await startTestApp({ environment: limited, database: processA.database });
    try {
      const person = await signUp(strictA);
      const markRead = `mutation { markNotificationsRead(input: {}) { unreadCount } }`;
      const codes: unknown[] = [];
      for (const app of [strictA, strictB, strictA, strictB]) {
        codes.push((await app.graphql(markRead, {}, { token: person.token })).errors?.[0]?.extensions?.code ?? 'OK');
      }
      expect(codes).toEqual(['OK', 'OK', 'OK', 'RATE_LIMITED']);
    } finally {
      await strictB.close();
      await strictA.close();
    }
  });
});
