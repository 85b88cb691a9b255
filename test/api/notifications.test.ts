import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, testAdmin, type TestApp } from '../support/app.js';
import { postIdea, reviewMutation, unvoteMutation, vote } from '../support/ideas.js';
import { signIn, signUp, type SignedIn } from '../support/people.js';

const notificationsQuery = `query ($first: Int, $after: String, $unreadOnly: Boolean) {
  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
    totalCount unreadCount pageInfo { hasNextPage endCursor }
    edges { node { id kind title text read subjectId actor { id displayName } } }
  }
}`;
const markRead = `mutation ($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) { unreadCount notifications { id read } errors { code field } } }`;
const settingsQuery = `{ notificationSettings { kind delivery } }`;
const updateSettings = `mutation ($input: UpdateNotificationSettingsInput!) { updateNotificationSettings(input: $input) { settings { kind delivery } errors { code field } } }`;
const addComment = `mutation ($input: AddCommentInput!) { addComment(input: $input) { comment { id } errors { code field } } }`;

describe('notifications', () => {
  let app: TestApp;
  let admin: SignedIn;
  const list = async (person: SignedIn, variables: Record<string, unknown> = {}) => (await app.graphql(notificationsQuery, variables, { token: person.token })).data?.notifications;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await signIn(app, testAdmin.email, testAdmin.password);
  });
  afterAll(() => app?.close());

  it('refuses anonymous people everything', async () => {
    for (const [query, variables] of [
      [notificationsQuery, {}],
      [settingsQuery, {}],
      [markRead, { input: {} }],
      [updateSettings, { input: { settings: [] } }],
    ] as const) {
      expect((await app.graphql(query, variables)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('tells an author about a reply, once per vote milestone, and about a review; never about their own acts', async () => {
    const author = await signUp(app, 'Dewi Lestari');
    const idea = await postIdea(app, author);
    const first = await app.graphql(addComment, { input: { subjectId: idea.id, body: 'Saya mulai diskusinya.' } }, { token: author.token });
    await app.graphql(addComment, { input: { subjectId: idea.id, parentId: first.data?.addComment.comment.id, body: 'Membalas diri sendiri.' } }, { token: author.token });
    expect((await list(author)).totalCount).toBe(0);

    const replier = await signUp(app, 'Budi Santoso');
    await app.graphql(addComment, { input: { subjectId: idea.id, parentId: first.data?.addComment.comment.id, body: 'Setuju sekali.' } }, { token: replier.token });
    const voters = await Promise.all(Array.from({ length: 11 }, () => signUp(app)));
    for (const voter of voters.slice(0, 10)) await vote(app, voter, idea.id);
    // Falling under the milestone and reaching it again does not tell the author twice.
    await app.graphql(unvoteMutation, { input: { ideaId: idea.id } }, { token: voters[0].token });
    await vote(app, voters[0], idea.id);
    await vote(app, voters[10], idea.id);
    await app.graphql(reviewMutation, { input: { ideaId: idea.id, status: 'UNDER_REVIEW' } }, { token: admin.token });

    const notifications = await list(author);
    expect(notifications.edges.map(({ node }: { node: Record<string, unknown> }) => [node.kind, node.text])).toEqual([
      ['IDEA_REVIEWED', 'UNDER_REVIEW'],
      ['VOTE_MILESTONE', '10'],
      ['COMMENT_REPLY', 'Setuju sekali.'],
    ]);
    expect(notifications.edges[2].node).toMatchObject({ title: idea.title, subjectId: idea.id, read: false, actor: { displayName: 'Budi Santoso' } });
    expect(notifications.unreadCount).toBe(3);
  });

  it('pages newest first, filters unread, and marks read only the viewer\'s own', async () => {
    const author = await signUp(app);
    const idea = await postIdea(app, author);
    const stranger = await signUp(app);
    const strangersIdea = await postIdea(app, stranger);
    for (const body of ['Satu.', 'Dua.', 'Tiga.']) {
      await app.graphql(addComment, { input: { subjectId: idea.id, body } }, { token: stranger.token });
    }
    await app.graphql(`mutation ($input: FollowInput!) { follow(input: $input) { errors { code } } }`, { input: { subjectId: strangersIdea.id } }, { token: author.token });
    await app.graphql(addComment, { input: { subjectId: strangersIdea.id, body: 'Empat.' } }, { token: (await signUp(app)).token });
    // Comments on one's own idea are not notified unless one follows it; a followed idea's are.
    const all = await list(author);
    expect(all.edges.map(({ node }: { node: { text: string } }) => node.text)).toEqual(['Empat.']);
    const mine = all.edges[0].node.id;

    const someoneElse = await signUp(app);
    const refused = await app.graphql(markRead, { input: { ids: [mine] } }, { token: someoneElse.token });
    expect(refused.data?.markNotificationsRead.errors).toEqual([{ code: 'NOT_FOUND', field: 'input.ids' }]);
    expect((await list(author)).unreadCount).toBe(1);

    const marked = await app.graphql(markRead, { input: { ids: [mine] } }, { token: author.token });
    expect(marked.data?.markNotificationsRead).toEqual({ unreadCount: 0, notifications: [{ id: mine, read: true }], errors: [] });
    expect((await list(author, { unreadOnly: true })).edges).toEqual([]);
  });

  it('lists in a fixed number of SQL statements whatever the page size, with keyset paging', async () => {
    const author = await signUp(app);
    const idea = await postIdea(app, author);
    for (let index = 0; index < 6; index += 1) {
      const commenter = await signUp(app, `Warga ${index}`);
      await app.graphql(`mutation ($input: FollowInput!) { follow(input: $input) { errors { code } } }`, { input: { subjectId: idea.id } }, { token: commenter.token });
    }
    await app.graphql(addComment, { input: { subjectId: idea.id, body: 'Kabar untuk semua pengikut.' } }, { token: author.token });
    const reader = await signUp(app);
    await app.graphql(`mutation ($input: FollowInput!) { follow(input: $input) { errors { code } } }`, { input: { subjectId: idea.id } }, { token: reader.token });
    for (let index = 0; index < 5; index += 1) {
      await app.graphql(addComment, { input: { subjectId: idea.id, body: `Komentar ${index}.` } }, { token: (await signUp(app, `Penulis ${index}`)).token });
    }
    const statements = async (first: number) => {
      const before = app.queries.length;
      const page = await list(reader, { first });
      return { count: app.queries.length - before, page };
    };
    const small = await statements(1);
    const large = await statements(5);
    expect(large.page.edges).toHaveLength(5);
    expect(large.count).toBe(small.count);
    const next = await list(reader, { first: 2, after: small.page.pageInfo.endCursor });
    expect(next.edges.map(({ node }: { node: { text: string } }) => node.text)).toEqual(['Komentar 3.', 'Komentar 2.']);
  });

  it('keeps per-kind settings: OFF stops a kind, a kind given twice is refused with nothing saved', async () => {
    const author = await signUp(app);
    const read = await app.graphql(settingsQuery, {}, { token: author.token });
    expect(read.errors).toBeUndefined();
    const defaults = read.data?.notificationSettings;
    expect(defaults).toContainEqual({ kind: 'COMMENT_REPLY', delivery: 'IN_APP' });

    const twice = await app.graphql(updateSettings, { input: { settings: [{ kind: 'COMMENT_REPLY', delivery: 'OFF' }, { kind: 'COMMENT_REPLY', delivery: 'DAILY_DIGEST' }] } }, { token: author.token });
    expect(twice.data?.updateNotificationSettings).toEqual({ settings: [], errors: [{ code: 'INVALID', field: 'input.settings' }] });
    expect((await app.graphql(settingsQuery, {}, { token: author.token })).data?.notificationSettings).toEqual(defaults);

    const off = await app.graphql(updateSettings, { input: { settings: [{ kind: 'COMMENT_REPLY', delivery: 'OFF' }] } }, { token: author.token });
    expect(off.data?.updateNotificationSettings.settings).toContainEqual({ kind: 'COMMENT_REPLY', delivery: 'OFF' });
    const idea = await postIdea(app, author);
    const first = await app.graphql(addComment, { input: { subjectId: idea.id, body: 'Pertama.' } }, { token: author.token });
    await app.graphql(addComment, { input: { subjectId: idea.id, parentId: first.data?.addComment.comment.id, body: 'Balasan.' } }, { token: (await signUp(app)).token });
    expect((await list(author)).totalCount).toBe(0);
  });
});

describe('demo notifications', () => {
  it('gives the demo citizen the notifications her votes and replies made', async () => {
    const app = await startTestApp({ seedDemo: true });
    try {
      const siti = await signIn(app, 'siti@warga.id', 'gotong-demo-2026');
      const { data } = await app.graphql(`{ notifications(first: 50) { totalCount edges { node { kind title } } } }`, {}, { token: siti.token });
      const kinds = data?.notifications.edges.map(({ node }: { node: { kind: string } }) => node.kind);
      expect(kinds).toContain('VOTE_MILESTONE');
      expect(data?.notifications.totalCount).toBe(kinds.length);
    } finally {
      await app.close();
    }
  });
});
