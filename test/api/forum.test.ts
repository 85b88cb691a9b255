import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, testAdmin, type TestApp } from '../support/app.js';
import { signIn, signUp, type SignedIn } from '../support/people.js';

const start = `mutation ($input: StartDiscussionInput!) { startDiscussion(input: $input) { discussion { id title bodyHtml category pinned locked commentCount viewerCanComment author { id } } errors { code field } } }`;
const moderate = `mutation ($input: ModerateDiscussionInput!) { moderateDiscussion(input: $input) { discussion { id pinned locked } errors { code field } } }`;
const addComment = `mutation ($input: AddCommentInput!) { addComment(input: $input) { comment { id } errors { code field } } }`;
const list = `query ($category: DiscussionCategory) { discussions(first: 20, category: $category) { totalCount edges { node { id pinned commentCount } } } }`;

describe('forum', () => {
  let app: TestApp;
  let moderator: SignedIn;
  let citizen: SignedIn;

  const startDiscussion = async (who: SignedIn, title: string, category = 'PUBLIC_SERVICES') =>
    (await app.graphql(start, { input: { category, title, body: 'Mari berbagi pengalaman tentang layanan ini.' } }, { token: who.token })).data!.startDiscussion;

  beforeAll(async () => {
    app = await startTestApp();
    moderator = await signIn(app, testAdmin.email, testAdmin.password);
    citizen = await signUp(app, 'Agus Warga');
  });
  afterAll(() => app?.close());

  it('starts discussions in a category, with clear errors for bad input', async () => {
    const anonymous = await app.graphql(start, { input: { category: 'GENERAL', title: 'Diskusi tanpa akun', body: 'Isi diskusi tanpa akun.' } });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const started = await startDiscussion(citizen, 'Pengalaman mengurus akta kelahiran daring');
    expect(started).toMatchObject({
      discussion: { category: 'PUBLIC_SERVICES', pinned: false, locked: false, commentCount: 0, viewerCanComment: true, author: { id: citizen.id } },
      errors: [],
    });
    const invalid = await app.graphql(start, { input: { category: 'GENERAL', title: 'pendek', body: '' } }, { token: citizen.token });
    expect(invalid.data?.startDiscussion.errors).toEqual([
      { code: 'TOO_SHORT', field: 'input.title' },
      { code: 'REQUIRED', field: 'input.body' },
    ]);
  });

  it('lists pinned threads first, then the most recently active, by category', async () => {
    const quiet = await startDiscussion(citizen, 'Topik yang sepi tanpa balasan', 'DIGITAL');
    const lively = await startDiscussion(citizen, 'Topik ramai dengan balasan', 'DIGITAL');
    const rules = await startDiscussion(moderator, 'Aturan forum bagian digital', 'DIGITAL');
    await app.graphql(moderate, { input: { discussionId: rules.discussion.id, pinned: true, reason: 'Aturan selalu di atas' } }, { token: moderator.token });
    await app.graphql(addComment, { input: { subjectId: quiet.discussion.id, body: 'Akhirnya ada yang membalas.' } }, { token: citizen.token });
    const digital = (await app.graphql(list, { category: 'DIGITAL' })).data!.discussions;
    expect(digital.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([rules.discussion.id, quiet.discussion.id, lively.discussion.id]);
    expect(digital.edges[1].node.commentCount).toBe(1);
    expect(digital.totalCount).toBe(3);
  });

  it('lets only moderators pin and lock; a locked thread takes no comments', async () => {
    const { discussion } = await startDiscussion(citizen, 'Diskusi yang akan dikunci');
    const lock = { input: { discussionId: discussion.id, locked: true, reason: 'Sudah terjawab tuntas' } };
    expect((await app.graphql(moderate, lock)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await app.graphql(moderate, lock, { token: citizen.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const noReason = await app.graphql(moderate, { input: { discussionId: discussion.id, locked: true, reason: '' } }, { token: moderator.token });
    expect(noReason.data?.moderateDiscussion.errors).toEqual([{ code: 'REQUIRED', field: 'input.reason' }]);
    expect((await app.graphql(moderate, lock, { token: moderator.token })).data?.moderateDiscussion).toEqual({ discussion: { id: discussion.id, pinned: false, locked: true }, errors: [] });
    const refused = await app.graphql(addComment, { input: { subjectId: discussion.id, body: 'Masih mau komentar' } }, { token: citizen.token });
    expect(refused.data?.addComment.errors).toEqual([{ code: 'NOT_ALLOWED_NOW', field: 'input.subjectId' }]);
    const viewed = await app.graphql(`query ($id: ID!) { discussion(id: $id) { locked viewerCanComment } }`, { id: discussion.id }, { token: citizen.token });
    expect(viewed.data?.discussion).toEqual({ locked: true, viewerCanComment: false });
  });
});
