import { AddCommentDocument, CommentAddedDocument, IdeaChangedDocument, VoteIdeaDocument } from '@gotong/graphql-client';
import { print } from 'graphql';
import WebSocket from 'ws';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { tooSlowCloseCode, tooSlowReason } from '../../apps/api/src/modules/live/send-buffer.js';
import { graphqlClient } from '../support/api-process.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { postIdea } from '../support/ideas.js';
import { signUp, type SignedIn } from '../support/people.js';
import { liveClients, settled, subscribe } from '../support/ws-client.js';

const sendBufferBytes = 64 * 1024;

/**
 * A subscriber that stops reading when told: a bare `ws` socket speaking graphql-transport-ws with `count`
 * subscriptions of one operation, ready once a query sent after them is answered (the server handles a socket's
 * messages in order).
 */
async function rawSubscriber(httpUrl: string, query: string, variables: Record<string, unknown>, count: number) {
  const socket = new WebSocket(`${httpUrl.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
  const events: string[] = [];
  const closed = new Promise<{ code: number; reason: string }>((resolve) => socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })));
  await new Promise<void>((resolve, reject) => {
    socket.on('error', reject);
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: {} })));
    socket.on('message', (data: Buffer) => {
      const message = JSON.parse(data.toString()) as { id?: string; type: string };
      if (message.type === 'connection_ack') {
        for (let index = 0; index < count; index += 1) socket.send(JSON.stringify({ id: `live-${index}`, type: 'subscribe', payload: { query, variables } }));
        socket.send(JSON.stringify({ id: 'ready', type: 'subscribe', payload: { query: '{ __typename }' } }));
      } else if (message.id === 'ready' && message.type === 'complete') {
        resolve();
      } else if (message.type === 'next' && message.id !== 'ready') {
        events.push(data.toString());
      }
    });
  });
  return { socket, events, closed };
}

describe('live delivery and slow subscribers', () => {
  let app: TestApp;
  let author: SignedIn;
  const live = liveClients(() => app.url);

  beforeAll(async () => {
    app = await startTestApp({
      environment: { LIVE_SEND_BUFFER_BYTES: String(sendBufferBytes), RATE_LIMIT_WRITES_PER_PERSON_PER_MINUTE: '1000', RATE_LIMIT_WRITES_PER_ADDRESS_PER_MINUTE: '1000' },
    });
    author = await signUp(app);
  });
  afterEach(() => live.disposeAll());
  afterAll(() => app?.close());

  it('answers a mutation while a subscriber has not read its event, and the event waits for that subscriber', async () => {
    const idea = await postIdea(app, author);
    const voter = await signUp(app);
    const slow = await rawSubscriber(app.url, print(IdeaChangedDocument), { id: idea.id }, 1);
    slow.socket.pause();
    const watcher = await live.connect();
    const watching = subscribe(watcher, print(IdeaChangedDocument), { id: idea.id });
    await settled(watcher);

    // Straight over HTTP: the answer alone, not waiting for the deliveries (app.graphql would wait for them).
    const answer = await graphqlClient(app.url).graphql(print(VoteIdeaDocument), { input: { ideaId: idea.id } }, { token: voter.token });
    expect(answer.data?.voteIdea).toMatchObject({ idea: { voteCount: 1, viewerHasVoted: true }, errors: [] });
    expect(slow.events).toEqual([]);
    expect((await watching.next()).data?.ideaChanged).toMatchObject({ id: idea.id, voteCount: 1 });

    slow.socket.resume();
    await expect.poll(() => slow.events.length).toBe(1);
    expect(JSON.parse(slow.events[0]).payload.data.ideaChanged).toMatchObject({ id: idea.id, voteCount: 1 });
    slow.socket.close();
  });

  it('delivers a burst of events to each subscription in the order they happened, shared renderings and own ones alike', async () => {
    const idea = await postIdea(app, author);
    const reader = await signUp(app);
    const anonymous = await live.connect();
    const signedIn = await live.connect(reader.token);
    const shared = subscribe(anonymous, print(CommentAddedDocument), { subjectId: idea.id });
    // A viewer field: rendered for this subscriber alone, on its own schedule.
    const own = subscribe(signedIn, 'subscription ($id: ID!) { commentAdded(subjectId: $id) { id viewerCanEdit } }', { id: idea.id });
    await Promise.all([settled(anonymous), settled(signedIn)]);

    // Straight over HTTP: each answer comes before its delivery, so the events are under way together.
    const added: string[] = [];
    for (let index = 0; index < 6; index += 1) {
      const { data } = await graphqlClient(app.url).graphql(print(AddCommentDocument), { input: { subjectId: idea.id, body: `Urutan ${index}` } }, { token: author.token });
      added.push(data?.addComment.comment.id);
    }
    for (const id of added) expect((await shared.next()).data?.commentAdded.id).toBe(id);
    for (const id of added) expect((await own.next()).data?.commentAdded).toEqual({ id, viewerCanEdit: false });
  });

  it('closes a subscriber that never reads with 1013 once its send buffer is full; the others receive everything and carry on', async () => {
    const idea = await postIdea(app, author);
    // 40 subscriptions of large comments on one socket fill the kernel's buffers and then the process's quickly.
    const stalled = await rawSubscriber(app.url, print(CommentAddedDocument), { subjectId: idea.id }, 40);
    stalled.socket.pause();
    const watcher = await live.connect();
    const watching = subscribe(watcher, print(CommentAddedDocument), { subjectId: idea.id });
    await settled(watcher);

    const comments = 16;
    const body = `${'Antrean layanan terlalu panjang. '.repeat(290)}`.slice(0, 9_500);
    const added: string[] = [];
    for (let index = 0; index < comments; index += 1) {
      const { data } = await app.graphql(print(AddCommentDocument), { input: { subjectId: idea.id, body: `${index} ${body}` } }, { token: author.token });
      expect(data?.addComment.errors).toEqual([]);
      added.push(data?.addComment.comment.id);
    }
    for (const id of added) expect((await watching.next(10_000)).data?.commentAdded.id).toBe(id);

    stalled.socket.resume();
    expect(await stalled.closed).toEqual({ code: tooSlowCloseCode, reason: tooSlowReason });
    expect(stalled.events.length).toBeLessThan(comments * 40);

    const { data } = await app.graphql(print(AddCommentDocument), { input: { subjectId: idea.id, body: 'Masih ada yang mendengarkan?' } }, { token: author.token });
    expect((await watching.next()).data?.commentAdded).toMatchObject({ id: data?.addComment.comment.id, parentId: null, depth: 0 });
  });
});
