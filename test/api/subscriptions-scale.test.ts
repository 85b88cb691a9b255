import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { postIdea, vote } from '../support/ideas.js';
import { signUp } from '../support/people.js';
import { liveClients, settled, subscribe } from '../support/ws-client.js';

const ideaChanged = `subscription ($id: ID!) { ideaChanged(id: $id) { id voteCount commentCount viewerHasVoted author { id } } }`;

describe('live delivery to many subscribers', () => {
  let app: TestApp;
  const clients = liveClients(() => app.url);
  const live = clients.connect;

  const warnings: Error[] = [];
  const keepWarning = (warning: Error) => warnings.push(warning);

  beforeAll(async () => {
    process.on('warning', keepWarning);
    app = await startTestApp();
  });
  afterEach(() => clients.disposeAll());
  afterAll(async () => {
    process.off('warning', keepWarning);
    await app?.close();
  });

  it('takes many subscribers of one topic as the normal case it is: no MaxListenersExceededWarning', async () => {
    const idea = await postIdea(app, await signUp(app));
    const client = await live();
    const streams = Array.from({ length: 15 }, () => subscribe(client, ideaChanged, { id: idea.id }));
    await settled(client);
    await vote(app, await signUp(app), idea.id);
    await Promise.all(streams.map((stream) => stream.next()));
    streams.forEach((stream) => stream.unsubscribe());
    expect(warnings.filter((warning) => warning.name === 'MaxListenersExceededWarning')).toEqual([]);
  });

  it('costs the same statements for many anonymous subscribers as for one; signed-in ones share the session check and the idea', async () => {
    const author = await signUp(app);
    const idea = await postIdea(app, author);
    const statementsForOneVote = async (anonymous: number, signedIn: number) => {
      const people = await Promise.all(Array.from({ length: signedIn }, () => signUp(app)));
      const anonymousClient = await live();
      const signedInClients = await Promise.all(people.map((person) => live(person.token)));
      const streams = [
        ...Array.from({ length: anonymous }, () => subscribe(anonymousClient, ideaChanged, { id: idea.id })),
        ...signedInClients.map((client) => subscribe(client, ideaChanged, { id: idea.id })),
      ];
      await Promise.all([anonymousClient, ...signedInClients].map(settled));
      const voter = await signUp(app);
      const before = app.queries.length;
      await vote(app, voter, idea.id);
      const events = await Promise.all(streams.map((stream) => stream.next()));
      const statements = app.queries.slice(before);
      streams.forEach((stream) => stream.unsubscribe());
      expect(new Set(events.map((event) => JSON.stringify(event.data)))).toEqual(new Set([JSON.stringify(events[0].data)]));
      return {
        sessions: statements.filter((sql) => /from "sessions"/.test(sql)).length,
        ideas: statements.filter((sql) => /from "ideas"/.test(sql)).length,
        all: statements.length,
      };
    };

    const few = await statementsForOneVote(1, 1);
    expect(await statementsForOneVote(12, 1)).toEqual(few);
    const manySignedIn = await statementsForOneVote(1, 6);
    expect(manySignedIn.sessions).toBe(few.sessions);
    expect(manySignedIn.ideas).toBe(few.ideas);
    // viewerHasVoted, the one field here that depends on the viewer, is one statement for all the event's subscribers.
    expect(manySignedIn.all).toBe(few.all);
  });

  it('an event whose load fails in the database is skipped: the process and every subscription carry on', async () => {
    const commentAdded = `subscription ($subjectId: ID!) { commentAdded(subjectId: $subjectId) { id body } }`;
    const addComment = `mutation ($input: AddCommentInput!) { addComment(input: $input) { comment { id } errors { code field } } }`;
    const idea = await postIdea(app, await signUp(app));
    const reader = await signUp(app);
    const anonymousClient = await live();
    const signedInClient = await live(reader.token);
    const streams = [subscribe(anonymousClient, commentAdded, { subjectId: idea.id }), subscribe(signedInClient, commentAdded, { subjectId: idea.id })];
    await Promise.all([anonymousClient, signedInClient].map(settled));

    // Not a uuid: PostgreSQL refuses the comment's lookup (invalid input syntax for type uuid) for every subscriber.
    await app.server.services.pubsub.publish('COMMENT_ADDED', { commentId: 'not-a-uuid', subjectId: idea.id });
    const added = await app.graphql(addComment, { input: { subjectId: idea.id, body: 'Masih hidup.' } }, { token: reader.token });
    expect(added.data?.addComment.errors).toEqual([]);
    for (const stream of streams) {
      const event = await stream.next();
      expect(event.errors).toBeUndefined();
      expect(event.data?.commentAdded).toEqual({ id: added.data?.addComment.comment.id, body: 'Masih hidup.' });
    }
    streams.forEach((stream) => stream.unsubscribe());
  });

  it("checks every subscriber's session again at each event: who logged out receives what anyone may see, the others their own", async () => {
    const idea = await postIdea(app, await signUp(app));
    const leaving = await signUp(app);
    const staying = await signUp(app);
    await vote(app, leaving, idea.id);
    await vote(app, staying, idea.id);
    const [leavingClient, stayingClient, anonymousClient] = await Promise.all([live(leaving.token), live(staying.token), live()]);
    const asLeaving = subscribe(leavingClient, ideaChanged, { id: idea.id });
    const asStaying = subscribe(stayingClient, ideaChanged, { id: idea.id });
    const asAnonymous = subscribe(anonymousClient, ideaChanged, { id: idea.id });
    await Promise.all([leavingClient, stayingClient, anonymousClient].map(settled));

    await vote(app, await signUp(app), idea.id);
    expect((await asLeaving.next()).data?.ideaChanged).toMatchObject({ voteCount: 3, viewerHasVoted: true });
    expect((await asStaying.next()).data?.ideaChanged).toMatchObject({ voteCount: 3, viewerHasVoted: true });
    expect((await asAnonymous.next()).data?.ideaChanged).toMatchObject({ voteCount: 3, viewerHasVoted: false });

    const out = await app.graphql(`mutation { logout { loggedOut } }`, {}, { token: leaving.token });
    expect(out.data?.logout.loggedOut).toBe(true);
    await vote(app, await signUp(app), idea.id);
    expect((await asLeaving.next()).data?.ideaChanged).toMatchObject({ voteCount: 4, viewerHasVoted: false });
    expect((await asStaying.next()).data?.ideaChanged).toMatchObject({ voteCount: 4, viewerHasVoted: true });
    expect((await asAnonymous.next()).data?.ideaChanged).toMatchObject({ voteCount: 4, viewerHasVoted: false });
  });
});
