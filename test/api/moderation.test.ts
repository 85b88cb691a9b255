import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, testAdmin, type TestApp } from '../support/app.js';
import { postIdea } from '../support/ideas.js';
import { signIn, signUp, type SignedIn } from '../support/people.js';

const report = `mutation ($input: ReportContentInput!) { reportContent(input: $input) { subject { id } errors { code field } } }`;
const moderate = `mutation ($input: ModerateContentInput!) { moderateContent(input: $input) { subjects { id ... on Idea { hidden } ... on Comment { hidden } } errors { code field } } }`;
const queue = `query ($after: String) { moderationQueue(first: 10, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { subjectId reportCount reasons { category count reasons } subject { id ... on Idea { title hidden } ... on Comment { body } } } }
} }`;
const idea = `query ($id: ID!) { idea(id: $id) { id hidden } }`;
const feed = `query { ideas(first: 100) { edges { node { id } } } }`;

describe('moderation', () => {
  let app: TestApp;
  let moderator: SignedIn;
  let author: SignedIn;
  let reporters: SignedIn[];

  beforeAll(async () => {
    app = await startTestApp({ environment: { RATE_LIMIT_WRITES_PER_PERSON_PER_MINUTE: '1000' } });
    moderator = await signIn(app, testAdmin.email, testAdmin.password);
    author = await signUp(app, 'Penulis Spam');
    reporters = await Promise.all([1, 2, 3].map((n) => signUp(app, `Pelapor ${n}`)));
  });
  afterAll(() => app?.close());

  it('takes reports once per person and groups them by item in the moderators’ queue', async () => {
    const spam = await postIdea(app, author, { title: 'Jual obat kuat murah meriah hubungi kami' });
    const comment = (await app.graphql(
      `mutation ($input: AddCommentInput!) { addComment(input: $input) { comment { id } } }`,
      { input: { subjectId: spam.id, body: 'Promo terbatas!' } },
      { token: author.token },
    )).data!.addComment.comment;

    expect((await app.graphql(report, { input: { subjectId: spam.id, reason: 'Iklan tidak relevan' } })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    // Two distinct reports: below the platform's threshold of three, so the idea stays up until a moderator decides.
    for (const reporter of reporters.slice(0, 2)) {
      const reported = await app.graphql(report, { input: { subjectId: spam.id, reason: `Spam iklan (${reporter.id.slice(-4)})` } }, { token: reporter.token });
      expect(reported.data?.reportContent).toEqual({ subject: { id: spam.id }, errors: [] });
    }
    const twice = await app.graphql(report, { input: { subjectId: spam.id, reason: 'Masih spam juga' } }, { token: reporters[0].token });
    expect(twice.data?.reportContent.errors).toEqual([{ code: 'ALREADY_DONE', field: 'input.subjectId' }]);
    const own = await app.graphql(report, { input: { subjectId: spam.id, reason: 'Melaporkan diri sendiri' } }, { token: author.token });
    expect(own.data?.reportContent.errors).toEqual([{ code: 'INVALID', field: 'input.subjectId' }]);
    const noReason = await app.graphql(report, { input: { subjectId: comment.id, reason: '' } }, { token: reporters[0].token });
    expect(noReason.data?.reportContent.errors).toEqual([{ code: 'REQUIRED', field: 'input.reason' }]);
    await app.graphql(report, { input: { subjectId: comment.id, reason: 'Komentar iklan' } }, { token: reporters[1].token });

    expect((await app.graphql(queue, {})).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await app.graphql(queue, {}, { token: reporters[0].token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const items = (await app.graphql(queue, {}, { token: moderator.token })).data!.moderationQueue;
    expect(items.totalCount).toBe(2);
    expect(items.edges.map((edge: { node: { subjectId: string; reportCount: number } }) => [edge.node.subjectId, edge.node.reportCount])).toEqual([
      [comment.id, 1],
      [spam.id, 2],
    ]);
    expect(items.edges[1].node.reasons).toEqual([{ category: 'OTHER', count: 2, reasons: [expect.stringContaining('Spam iklan'), expect.stringContaining('Spam iklan')] }]);
    expect(items.edges[1].node.subject).toEqual({ id: spam.id, title: spam.title, hidden: false });
  });

  it('hides and restores many items at once; hidden content is gone for everyone but moderators and its author', async () => {
    const items = (await app.graphql(queue, {}, { token: moderator.token })).data!.moderationQueue.edges.map((edge: { node: { subjectId: string } }) => edge.node.subjectId);
    const [commentId, spamId] = items;
    const hide = { input: { subjectIds: items, decision: 'HIDE', reason: 'Iklan komersial melanggar aturan forum' } };
    expect((await app.graphql(moderate, hide)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await app.graphql(moderate, hide, { token: author.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const unknown = await app.graphql(moderate, { input: { ...hide.input, subjectIds: [spamId, 'bm90LWFuLWlk'] } }, { token: moderator.token });
    expect(unknown.data?.moderateContent.errors).toEqual([{ code: 'NOT_FOUND', field: 'input.subjectIds.1' }]);
    expect((await app.graphql(idea, { id: spamId }, { token: reporters[0].token })).data?.idea).toEqual({ id: spamId, hidden: false });

    const hidden = await app.graphql(moderate, hide, { token: moderator.token });
    expect(hidden.data?.moderateContent).toEqual({ subjects: [{ id: commentId, hidden: true }, { id: spamId, hidden: true }], errors: [] });
    expect((await app.graphql(queue, {}, { token: moderator.token })).data!.moderationQueue.totalCount).toBe(0);

    expect((await app.graphql(idea, { id: spamId })).data?.idea).toBeNull();
    expect((await app.graphql(idea, { id: spamId }, { token: reporters[0].token })).data?.idea).toBeNull();
    expect((await app.graphql(`query ($id: ID!) { node(id: $id) { id } }`, { id: commentId }, { token: reporters[0].token })).data?.node).toBeNull();
    const ids = (response: any) => response.data.ideas.edges.map((edge: { node: { id: string } }) => edge.node.id);
    expect(ids(await app.graphql(feed, {}, { token: reporters[0].token }))).not.toContain(spamId);
    expect(ids(await app.graphql(feed, {}, { token: author.token }))).toContain(spamId);
    expect((await app.graphql(idea, { id: spamId }, { token: author.token })).data?.idea).toEqual({ id: spamId, hidden: true });
    expect((await app.graphql(idea, { id: spamId }, { token: moderator.token })).data?.idea).toEqual({ id: spamId, hidden: true });
    const searched = await app.graphql(`query { search(query: "obat kuat") { edges { node { node { id } } } } }`, {}, { token: reporters[0].token });
    expect(searched.data?.search.edges).toEqual([]);

    const log = await app.graphql(
      `query ($id: ID) { moderationLog(first: 10, subjectId: $id) { edges { node { decision reason subjectId moderator { id } } } } }`,
      { id: spamId },
      { token: moderator.token },
    );
    expect(log.data?.moderationLog.edges).toEqual([
      { node: { decision: 'HIDE', reason: 'Iklan komersial melanggar aturan forum', subjectId: spamId, moderator: { id: moderator.id } } },
    ]);
    const restored = await app.graphql(moderate, { input: { subjectIds: [spamId], decision: 'RESTORE', reason: 'Penulis sudah mengubah isi' } }, { token: moderator.token });
    expect(restored.data?.moderateContent.errors).toEqual([]);
    expect((await app.graphql(idea, { id: spamId }, { token: reporters[0].token })).data?.idea).toEqual({ id: spamId, hidden: false });
  });

  it('hides a discussion from the forum and a comment from its thread, except for their authors', async () => {
    const started = await app.graphql(
      `mutation { startDiscussion(input: { category: GENERAL, title: "Diskusi yang akan disembunyikan", body: "Isi diskusi yang melanggar aturan." }) { discussion { id } } }`,
      {},
      { token: author.token },
    );
    const discussionId = started.data!.startDiscussion.discussion.id;
    const added = await app.graphql(
      `mutation ($input: AddCommentInput!) { addComment(input: $input) { comment { id } } }`,
      { input: { subjectId: discussionId, body: 'Komentar yang melanggar' } },
      { token: reporters[2].token },
    );
    const commentId = added.data!.addComment.comment.id;
    const hidden = await app.graphql(moderate, { input: { subjectIds: [commentId], decision: 'HIDE', reason: 'Menyerang pribadi' } }, { token: moderator.token });
    expect(hidden.data?.moderateContent.errors).toEqual([]);
    const thread = `query ($id: ID!) { discussion(id: $id) { commentCount comments { edges { node { id } } } } }`;
    expect((await app.graphql(thread, { id: discussionId }, { token: author.token })).data?.discussion).toEqual({ commentCount: 0, comments: { edges: [] } });
    expect((await app.graphql(thread, { id: discussionId }, { token: reporters[2].token })).data?.discussion.comments.edges).toEqual([{ node: { id: commentId } }]);

    await app.graphql(moderate, { input: { subjectIds: [discussionId], decision: 'HIDE', reason: 'Melanggar aturan forum' } }, { token: moderator.token });
    const forum = `query { discussions(first: 50) { edges { node { id } } } }`;
    const ids = (response: any) => response.data.discussions.edges.map((edge: { node: { id: string } }) => edge.node.id);
    expect(ids(await app.graphql(forum, {}, { token: reporters[0].token }))).not.toContain(discussionId);
    expect(ids(await app.graphql(forum))).not.toContain(discussionId);
    expect(ids(await app.graphql(forum, {}, { token: author.token }))).toContain(discussionId);
    expect((await app.graphql(`query ($id: ID!) { discussion(id: $id) { id } }`, { id: discussionId })).data?.discussion).toBeNull();
    const comment = await app.graphql(
      `mutation ($input: AddCommentInput!) { addComment(input: $input) { errors { code field } } }`,
      { input: { subjectId: discussionId, body: 'Masih bisa?' } },
      { token: reporters[0].token },
    );
    expect(comment.data?.addComment.errors).toEqual([{ code: 'NOT_FOUND', field: 'input.subjectId' }]);
  });
});
