import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, testAdmin, type TestApp } from '../support/app.js';
import { postIdea } from '../support/ideas.js';
import { signIn, signUp, type SignedIn } from '../support/people.js';

const commentFields = 'id depth parentId subjectId body bodyHtml edited deleted author { id } viewerCanEdit viewerCanDelete';
const addComment = `mutation ($input: AddCommentInput!) { addComment(input: $input) { comment { ${commentFields} } errors { code field } } }`;
const editComment = `mutation ($input: EditCommentInput!) { editComment(input: $input) { comment { ${commentFields} } errors { code field } } }`;
const deleteComment = `mutation ($input: DeleteCommentInput!) { deleteComment(input: $input) { comment { ${commentFields} } errors { code field } } }`;
const thread = `query ($id: ID!, $after: String) { idea(id: $id) { commentCount comments(first: 3, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${commentFields} } } } } }`;
const follow = `mutation ($input: FollowInput!) { follow(input: $input) { following subject { id } errors { code field } } }`;
const unfollow = `mutation ($input: FollowInput!) { unfollow(input: $input) { following errors { code field } } }`;

describe('comments and follows', () => {
  let app: TestApp;
  let admin: SignedIn;
  let author: SignedIn;
  let neighbour: SignedIn;

  beforeAll(async () => {
    app = await startTestApp({ environment: { RATE_LIMIT_WRITES_PER_PERSON_PER_MINUTE: '1000' } });
    admin = await signIn(app, testAdmin.email, testAdmin.password);
    author = await signUp(app, 'Penulis');
    neighbour = await signUp(app, 'Tetangga');
  });
  afterAll(() => app?.close());

  it('threads replies depth-first, counts them, and pages through the thread', async () => {
    const idea = await postIdea(app, author);
    const comment = async (who: SignedIn, body: string, parentId?: string) =>
      (await app.graphql(addComment, { input: { subjectId: idea.id, body, parentId } }, { token: who.token })).data!.addComment;

    expect((await app.graphql(addComment, { input: { subjectId: idea.id, body: 'Anonim' } })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const first = await comment(neighbour, 'Saya juga **mengalami** ini. <script>alert(1)</script>');
    expect(first).toMatchObject({ comment: { depth: 0, parentId: null, subjectId: idea.id, edited: false, deleted: false, viewerCanEdit: true }, errors: [] });
    expect(first.comment.bodyHtml).toContain('<strong>mengalami</strong>');
    expect(first.comment.bodyHtml).not.toContain('<script');
    const second = await comment(author, 'Komentar kedua di tingkat atas.');
    const reply = await comment(author, 'Terima kasih, sudah saya laporkan.', first.comment.id);
    expect(reply.comment).toMatchObject({ depth: 1, parentId: first.comment.id });
    const replyToReply = await comment(neighbour, 'Sama-sama.', reply.comment.id);
    expect(replyToReply.comment.depth).toBe(2);

    expect((await comment(author, '')).errors).toEqual([{ code: 'REQUIRED', field: 'input.body' }]);
    expect((await comment(author, 'x'.repeat(10_001))).errors).toEqual([{ code: 'TOO_LONG', field: 'input.body' }]);
    const otherIdea = await postIdea(app, author);
    const elsewhere = await app.graphql(addComment, { input: { subjectId: otherIdea.id, body: 'Balasan salah tempat', parentId: first.comment.id } }, { token: author.token });
    expect(elsewhere.data?.addComment.errors).toEqual([{ code: 'NOT_FOUND', field: 'input.parentId' }]);
    const nowhere = await app.graphql(addComment, { input: { subjectId: author.id, body: 'Komentar pada orang' } }, { token: author.token });
    expect(nowhere.data?.addComment.errors).toEqual([{ code: 'NOT_FOUND', field: 'input.subjectId' }]);

    const firstPage = (await app.graphql(thread, { id: idea.id })).data!.idea;
    expect(firstPage.commentCount).toBe(4);
    expect(firstPage.comments.totalCount).toBe(4);
    const secondPage = (await app.graphql(thread, { id: idea.id, after: firstPage.comments.pageInfo.endCursor })).data!.idea;
    const order = [...firstPage.comments.edges, ...secondPage.comments.edges].map((edge: { node: { id: string } }) => edge.node.id);
    expect(order).toEqual([first.comment.id, reply.comment.id, replyToReply.comment.id, second.comment.id]);
  });

  it('lets only the author edit (shown as edited) and the author or a moderator delete (leaving a placeholder)', async () => {
    const idea = await postIdea(app, author);
    const added = (await app.graphql(addComment, { input: { subjectId: idea.id, body: 'Versi pertama' } }, { token: neighbour.token })).data!.addComment.comment;
    const reply = (await app.graphql(addComment, { input: { subjectId: idea.id, body: 'Balasan', parentId: added.id } }, { token: author.token })).data!.addComment.comment;

    expect((await app.graphql(editComment, { input: { commentId: added.id, body: 'Diubah orang lain' } }, { token: author.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await app.graphql(editComment, { input: { commentId: added.id, body: 'Anonim' } })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const edited = await app.graphql(editComment, { input: { commentId: added.id, body: 'Versi _kedua_' } }, { token: neighbour.token });
    expect(edited.data?.editComment.comment).toMatchObject({ body: 'Versi _kedua_', bodyHtml: '<p>Versi <em>kedua</em></p>', edited: true });
    const emptied = await app.graphql(editComment, { input: { commentId: added.id, body: ' ' } }, { token: neighbour.token });
    expect(emptied.data?.editComment.errors).toEqual([{ code: 'REQUIRED', field: 'input.body' }]);

    expect((await app.graphql(deleteComment, { input: { commentId: added.id } }, { token: author.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await app.graphql(deleteComment, { input: { commentId: added.id } })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const deleted = await app.graphql(deleteComment, { input: { commentId: added.id } }, { token: neighbour.token });
    expect(deleted.data?.deleteComment.comment).toMatchObject({ deleted: true, body: null, bodyHtml: null, author: null, viewerCanEdit: false });
    const after = (await app.graphql(thread, { id: idea.id })).data!.idea;
    expect(after.commentCount).toBe(1);
    expect(after.comments.edges.map((edge: { node: { id: string; deleted: boolean } }) => [edge.node.id, edge.node.deleted])).toEqual([
      [added.id, true],
      [reply.id, false],
    ]);
    const byModerator = await app.graphql(deleteComment, { input: { commentId: reply.id } }, { token: admin.token });
    expect(byModerator.data?.deleteComment.comment.deleted).toBe(true);
  });

  it('follows and unfollows ideas and organisations, idempotently', async () => {
    const idea = await postIdea(app, author);
    expect((await app.graphql(follow, { input: { subjectId: idea.id } })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await app.graphql(unfollow, { input: { subjectId: idea.id } })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const followed = await Promise.all([1, 2].map(() => app.graphql(follow, { input: { subjectId: idea.id } }, { token: neighbour.token })));
    expect(followed.map((response) => response.data?.follow)).toEqual([
      { following: true, subject: { id: idea.id }, errors: [] },
      { following: true, subject: { id: idea.id }, errors: [] },
    ]);
    const state = `query ($id: ID!) { idea(id: $id) { viewerFollows followerCount } }`;
    expect((await app.graphql(state, { id: idea.id }, { token: neighbour.token })).data?.idea).toEqual({ viewerFollows: true, followerCount: 1 });
    expect((await app.graphql(unfollow, { input: { subjectId: idea.id } }, { token: neighbour.token })).data?.unfollow).toEqual({ following: false, errors: [] });
    expect((await app.graphql(state, { id: idea.id }, { token: neighbour.token })).data?.idea).toEqual({ viewerFollows: false, followerCount: 0 });
    expect((await app.graphql(follow, { input: { subjectId: author.id } }, { token: neighbour.token })).data?.follow.errors).toEqual([{ code: 'NOT_FOUND', field: 'input.subjectId' }]);

    const organization = await app.graphql(
      `mutation { createOrganization(input: { name: "Yayasan Ikuti", kind: NGO }) { organization { id slug } } }`,
      {},
      { token: author.token },
    );
    const { id, slug } = organization.data!.createOrganization.organization;
    await app.graphql(follow, { input: { subjectId: id } }, { token: neighbour.token });
    const page = await app.graphql(`query ($slug: String!) { organization(slug: $slug) { viewerFollows followerCount } }`, { slug }, { token: neighbour.token });
    expect(page.data?.organization).toEqual({ viewerFollows: true, followerCount: 1 });
  });

  it("exports a person's ideas, comments, votes and follows, and drops their follows when the account is deleted", async () => {
    const person = await signUp(app, 'Dewi Ekspor');
    const idea = await postIdea(app, person, { title: 'Gagasan untuk diekspor bersama data' });
    await app.graphql(addComment, { input: { subjectId: idea.id, body: 'Komentar untuk diekspor' } }, { token: person.token });
    await app.graphql(follow, { input: { subjectId: idea.id } }, { token: person.token });
    const exported = (await app.graphql(`mutation { exportMyData { data } }`, {}, { token: person.token })).data!.exportMyData.data;
    expect(exported.ideas).toEqual([expect.objectContaining({ title: 'Gagasan untuk diekspor bersama data' })]);
    expect(exported.comments).toEqual([expect.objectContaining({ on: 'Idea', body: 'Komentar untuk diekspor' })]);
    expect(exported.follows).toEqual([expect.objectContaining({ subjectType: 'Idea' })]);
    const deleted = await app.graphql(
      `mutation ($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) { errors { code } } }`,
      { input: { password: 'kata-sandi-rahasia' } },
      { token: person.token },
    );
    expect(deleted.errors).toBeUndefined();
    const kept = await app.graphql(`query ($id: ID!) { idea(id: $id) { followerCount author { displayName } } }`, { id: idea.id });
    expect(kept.data?.idea).toEqual({ followerCount: 0, author: { displayName: 'Pengguna terhapus' } });
  });
});
