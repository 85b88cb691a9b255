import WebSocket from 'ws';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, testAdmin, type TestApp } from '../support/app.js';
import { postIdea, vote } from '../support/ideas.js';
import { signIn, signUp, type SignedIn } from '../support/people.js';
import { liveClients, settled, subscribe } from '../support/ws-client.js';

const ideaChanged = `subscription ($id: ID!) { ideaChanged(id: $id) { id voteCount status viewerHasVoted } }`;
const ideaPosted = `subscription ($filter: IdeaFilter) { ideaPosted(filter: $filter) { id title kind author { id } } }`;
const commentAdded = `subscription ($subjectId: ID!) { commentAdded(subjectId: $subjectId) { id body author { id } } }`;
const notificationAdded = `subscription { notificationAdded { id kind title text read actor { id } } }`;
const addComment = `mutation ($input: AddCommentInput!) { addComment(input: $input) { comment { id } errors { code field } } }`;
const moderate = `mutation ($input: ModerateContentInput!) { moderateContent(input: $input) { errors { code } } }`;

describe('subscriptions over graphql-ws', () => {
  let app: TestApp;
  let admin: SignedIn;
  const clients = liveClients(() => app.url);
  const live = clients.connect;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await signIn(app, testAdmin.email, testAdmin.password);
  });
  afterEach(() => clients.disposeAll());
  afterAll(() => app?.close());

  it('ideaChanged carries the idea with its new vote count, seen through the subscriber\'s own eyes', async () => {
    const author = await signUp(app);
    const voter = await signUp(app);
    const idea = await postIdea(app, author);
    const voterClient = await live(voter.token);
    const anonymousClient = await live();
    const asVoter = subscribe(voterClient, ideaChanged, { id: idea.id });
    const asAnonymous = subscribe(anonymousClient, ideaChanged, { id: idea.id });
    await Promise.all([settled(voterClient), settled(anonymousClient)]);

    await vote(app, voter, idea.id);
    expect((await asVoter.next()).data?.ideaChanged).toEqual({ id: idea.id, voteCount: 1, status: 'OPEN', viewerHasVoted: true });
    expect((await asAnonymous.next()).data?.ideaChanged).toMatchObject({ voteCount: 1, viewerHasVoted: false });

    // A second vote shows the fresh count, not the first event's cached row.
    await vote(app, await signUp(app), idea.id);
    expect((await asVoter.next()).data?.ideaChanged).toMatchObject({ voteCount: 2, viewerHasVoted: true });
  });

  it('loads a changed idea once per event for all its anonymous subscribers', async () => {
    const author = await signUp(app);
    const idea = await postIdea(app, author);
    const statementsForOneVote = async (subscribers: number) => {
      const client = await live();
      const streams = Array.from({ length: subscribers }, () => subscribe(client, ideaChanged, { id: idea.id }));
      await settled(client);
      const before = app.queries.length;
      await vote(app, await signUp(app), idea.id);
      await Promise.all(streams.map((stream) => stream.next()));
      const count = app.queries.slice(before).filter((sql) => /from "ideas"/.test(sql)).length;
      streams.forEach((stream) => stream.unsubscribe());
      return count;
    };
    expect(await statementsForOneVote(5)).toBe(await statementsForOneVote(1));
  });

  it('ideaChanged does not reach subscribers of another idea, nor anyone once the idea is hidden (but its author)', async () => {
    const author = await signUp(app);
    const idea = await postIdea(app, author);
    const other = await postIdea(app, author, { title: 'Lampu jalan di Jalan Merdeka padam sejak sebulan' });
    const authorClient = await live(author.token);
    const anonymousClient = await live();
    const ofOther = subscribe(anonymousClient, ideaChanged, { id: other.id });
    const asAnonymous = subscribe(anonymousClient, ideaChanged, { id: idea.id });
    const asAuthor = subscribe(authorClient, ideaChanged, { id: idea.id });
    await Promise.all([settled(anonymousClient), settled(authorClient)]);

    const hidden = await app.graphql(moderate, { input: { decision: 'HIDE', reason: 'Uji', subjectIds: [idea.id] } }, { token: admin.token });
    expect(hidden.data?.moderateContent.errors).toEqual([]);
    expect((await asAuthor.next()).data?.ideaChanged.id).toBe(idea.id);
    await asAnonymous.expectNothing();
    await ofOther.expectNothing(0);
  });

  it('ideaPosted delivers new ideas that match the filter only', async () => {
    const author = await signUp(app);
    const client = await live();
    const solutions = subscribe(client, ideaPosted, { filter: { kind: 'SOLUTION' } });
    const everything = subscribe(client, ideaPosted);
    await settled(client);

    const problem = await postIdea(app, author, { kind: 'PROBLEM', title: 'Sampah menumpuk di pasar kecamatan' });
    expect((await everything.next()).data?.ideaPosted).toMatchObject({ id: problem.id, kind: 'PROBLEM', author: { id: author.id } });
    const solution = await postIdea(app, author, { kind: 'SOLUTION', title: 'Jadwal angkut sampah pasar dua kali sehari' });
    expect((await everything.next()).data?.ideaPosted.id).toBe(solution.id);
    expect((await solutions.next()).data?.ideaPosted.id).toBe(solution.id);
    await solutions.expectNothing();
  });

  it('commentAdded delivers comments on the subject subscribed to, and nothing on a hidden subject', async () => {
    const author = await signUp(app);
    const commenter = await signUp(app);
    const idea = await postIdea(app, author);
    const client = await live();
    const comments = subscribe(client, commentAdded, { subjectId: idea.id });
    await settled(client);

    const added = await app.graphql(addComment, { input: { subjectId: idea.id, body: 'Setuju, saya juga antre **tiga jam**.' } }, { token: commenter.token });
    expect(added.data?.addComment.errors).toEqual([]);
    expect((await comments.next()).data?.commentAdded).toEqual({
      id: added.data?.addComment.comment.id,
      body: 'Setuju, saya juga antre **tiga jam**.',
      author: { id: commenter.id },
    });

    await app.graphql(moderate, { input: { decision: 'HIDE', reason: 'Uji', subjectIds: [idea.id] } }, { token: admin.token });
    const onHidden = await app.graphql(addComment, { input: { subjectId: idea.id, body: 'Komentar sang penulis.' } }, { token: author.token });
    expect(onHidden.data?.addComment.errors).toEqual([]);
    await comments.expectNothing();
  });

  it('notificationAdded needs a signed-in socket (cookie or connectionParams.token) and brings only one\'s own', async () => {
    const anonymous = subscribe(await live(), notificationAdded);
    expect((await anonymous.next()).errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) })]);
    expect(await anonymous.ended).toBeNull();

    const author = await signUp(app);
    const replier = await signUp(app);
    const bystander = await signUp(app);
    const idea = await postIdea(app, author);
    const first = await app.graphql(addComment, { input: { subjectId: idea.id, body: 'Komentar pertama.' } }, { token: author.token });

    const cookieSession = (await app.graphql(
      `mutation ($input: LoginInput!) { login(input: $input) { token } }`,
      { input: { email: author.email, password: 'kata-sandi-rahasia' } },
    )).headers.get('set-cookie')!.split(';')[0];
    const byCookie = await live(undefined, { webSocketImpl: cookieWebSocket(cookieSession) });
    const authorNotifications = subscribe(byCookie, notificationAdded);
    const bystanderClient = await live(bystander.token);
    const bystanderNotifications = subscribe(bystanderClient, notificationAdded);
    await Promise.all([settled(byCookie), settled(bystanderClient)]);

    await app.graphql(addComment, { input: { subjectId: idea.id, parentId: first.data?.addComment.comment.id, body: 'Balasan untuk Anda.' } }, { token: replier.token });
    expect((await authorNotifications.next()).data?.notificationAdded).toMatchObject({
      kind: 'COMMENT_REPLY',
      title: idea.title,
      text: 'Balasan untuk Anda.',
      read: false,
      actor: { id: replier.id },
    });
    await bystanderNotifications.expectNothing();
  });
});

function cookieWebSocket(cookie: string) {
  return class extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers: { cookie } });
    }
  };
}
