import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, testAdmin, type TestApp } from '../support/app.js';
import { ideaFields, postIdea, reviewMutation, unvoteMutation, vote, voteMutation } from '../support/ideas.js';
import { createOrganization, signIn, signUp, type SignedIn } from '../support/people.js';

const ideaVotes = `query ($id: ID!) { idea(id: $id) { voteCount viewerHasVoted viewerCanVote status } }`;
const moderate = `mutation ($input: ModerateContentInput!) { moderateContent(input: $input) { errors { code field } } }`;
const suspend = `mutation ($input: SuspendAccountInput!) { suspendAccount(input: $input) { errors { code field } } }`;
const createToken = `mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret errors { code } } }`;

async function signUpMany(app: TestApp, count: number): Promise<SignedIn[]> {
  const people: SignedIn[] = [];
  while (people.length < count) {
    people.push(...(await Promise.all(Array.from({ length: Math.min(20, count - people.length) }, () => signUp(app)))));
  }
  return people;
}

describe('votes', () => {
  let app: TestApp;
  let admin: SignedIn;
  let officer: SignedIn;
  let author: SignedIn;
  let agency: { id: string };

  beforeAll(async () => {
    app = await startTestApp({ environment: { RATE_LIMIT_WRITES_PER_PERSON_PER_MINUTE: '1000', RATE_LIMIT_WRITES_PER_ADDRESS_PER_MINUTE: '100000' } });
    admin = await signIn(app, testAdmin.email, testAdmin.password);
    officer = await signUp(app, 'Petugas');
    author = await signUp(app, 'Penulis');
    agency = await createOrganization(app, officer, admin, { name: 'DPMPTSP Kabupaten Uji', kind: 'AGENCY' });
  });
  afterAll(() => app?.close());

  it('refuses a vote without a session', async () => {
    const idea = await postIdea(app, author);
    for (const mutation of [voteMutation, unvoteMutation]) {
      const response = await app.graphql(mutation, { input: { ideaId: idea.id } });
      expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('counts one vote per person; a second vote is a UserError and a vote can be taken back', async () => {
    const idea = await postIdea(app, author);
    const voter = await signUp(app);
    expect((await vote(app, voter, idea.id)).data?.voteIdea).toEqual({ idea: { id: idea.id, voteCount: 1, viewerHasVoted: true, viewerCanVote: false }, errors: [] });
    expect((await vote(app, voter, idea.id)).data?.voteIdea).toMatchObject({ idea: null, errors: [{ code: 'ALREADY_DONE', field: 'input.ideaId' }] });
    expect((await app.graphql(ideaVotes, { id: idea.id }, { token: voter.token })).data?.idea).toMatchObject({ voteCount: 1, viewerHasVoted: true });
    const unvoted = await app.graphql(unvoteMutation, { input: { ideaId: idea.id } }, { token: voter.token });
    expect(unvoted.data?.unvoteIdea).toEqual({ idea: { id: idea.id, voteCount: 0, viewerHasVoted: false, viewerCanVote: true }, errors: [] });
    const again = await app.graphql(unvoteMutation, { input: { ideaId: idea.id } }, { token: voter.token });
    expect(again.data?.unvoteIdea.errors).toEqual([{ code: 'NOT_FOUND', field: 'input.ideaId' }]);
    expect((await vote(app, voter, 'bm90LWFuLWlk')).data?.voteIdea.errors).toEqual([{ code: 'NOT_FOUND', field: 'input.ideaId' }]);
  });

  it('counts one person voting many times at once exactly once', async () => {
    const idea = await postIdea(app, author);
    const voter = await signUp(app);
    const results = await Promise.all(Array.from({ length: 8 }, () => vote(app, voter, idea.id)));
    expect(results.filter((result) => result.data?.voteIdea.errors.length === 0)).toHaveLength(1);
    expect(results.filter((result) => result.data?.voteIdea.errors[0]?.code === 'ALREADY_DONE')).toHaveLength(7);
    expect((await app.graphql(ideaVotes, { id: idea.id })).data?.idea.voteCount).toBe(1);
  });

  // Generous time: 200 sign-ups hash 200 passwords, slow on a loaded machine; the votes themselves take seconds.
  it('loses no vote when 200 people vote on one idea at once', async () => {
    const idea = await postIdea(app, author);
    const voters = await signUpMany(app, 200);
    const results = await Promise.all(voters.map((voter) => vote(app, voter, idea.id)));
    expect(results.every((result) => result.data?.voteIdea.errors.length === 0)).toBe(true);
    expect((await app.graphql(ideaVotes, { id: idea.id })).data?.idea.voteCount).toBe(200);
    // Each answer shows the count its own vote made: every count from 1 to 200 once.
    const answered = results.map((result) => result.data?.voteIdea.idea.voteCount as number).sort((a, b) => a - b);
    expect(answered).toEqual(Array.from({ length: 200 }, (_, index) => index + 1));
  }, 300_000);

  it('runs a vote and a vote taken back in two statements each (the session, then the vote with its answer), events included', async () => {
    const idea = await postIdea(app, author, { agencyId: agency.id });
    const voter = await signUp(app);
    const statementsOf = async (mutation: string) => {
      const before = app.queries.length;
      const answer = await app.graphql(mutation, { input: { ideaId: idea.id } }, { token: voter.token });
      return { answer, statements: app.queries.length - before };
    };
    const voted = await statementsOf(voteMutation);
    expect(voted.answer.data?.voteIdea).toEqual({ idea: { id: idea.id, voteCount: 1, viewerHasVoted: true, viewerCanVote: false }, errors: [] });
    expect(voted.statements).toBe(2);
    const unvoted = await statementsOf(unvoteMutation);
    expect(unvoted.answer.data?.unvoteIdea).toEqual({ idea: { id: idea.id, voteCount: 0, viewerHasVoted: false, viewerCanVote: true }, errors: [] });
    expect(unvoted.statements).toBe(2);
    // The whole idea as the answer shows it, from the same statement.
    const full = await app.graphql(`mutation ($input: VoteIdeaInput!) { voteIdea(input: $input) { idea { ${ideaFields} } errors { code } } }`, { input: { ideaId: idea.id } }, { token: voter.token });
    expect(full.data?.voteIdea.idea).toEqual({ ...idea, voteCount: 1, viewerHasVoted: true, viewerCanVote: false, viewerCanEdit: false });
  });

  it('refuses votes the rules refuse, counting none: a hidden idea, a read-only API token, a suspended person', async () => {
    const idea = await postIdea(app, author);
    const voter = await signUp(app);
    const readOnly = (await app.graphql(createToken, { input: { name: 'Pembaca', scopes: ['READ'], expiresAt: new Date(Date.now() + 86_400_000).toISOString() } }, { token: voter.token })).data?.createApiToken.secret;
    const refused = await vote(app, { ...voter, token: readOnly }, idea.id);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    expect((await app.graphql(moderate, { input: { subjectIds: [idea.id], decision: 'HIDE', reason: 'Iklan komersial melanggar aturan' } }, { token: admin.token })).data?.moderateContent.errors).toEqual([]);
    expect((await vote(app, voter, idea.id)).data?.voteIdea).toEqual({ idea: null, errors: [{ code: 'NOT_FOUND', field: 'input.ideaId' }] });
    // Its author and the moderators still see it, and are told it takes no votes while hidden.
    for (const person of [author, admin]) expect((await vote(app, person, idea.id)).data?.voteIdea.errors).toEqual([{ code: 'NOT_ALLOWED_NOW', field: 'input.ideaId' }]);
    expect((await app.graphql(unvoteMutation, { input: { ideaId: idea.id } }, { token: voter.token })).data?.unvoteIdea.errors).toEqual([{ code: 'NOT_FOUND', field: 'input.ideaId' }]);
    expect((await app.graphql(ideaVotes, { id: idea.id }, { token: admin.token })).data?.idea.voteCount).toBe(0);

    const open = await postIdea(app, author);
    const offender = await signUp(app);
    const offenderToken = (await app.graphql(createToken, { input: { name: 'Skrip', scopes: ['READ', 'WRITE'], expiresAt: new Date(Date.now() + 86_400_000).toISOString() } }, { token: offender.token })).data?.createApiToken.secret;
    expect((await app.graphql(suspend, { input: { userId: offender.id, days: 7, reason: 'Berulang kali mengirim iklan' } }, { token: admin.token })).data?.suspendAccount.errors).toEqual([]);
    expect((await vote(app, { ...offender, token: offenderToken }, open.id)).errors?.[0].extensions?.code).toBe('ACCOUNT_SUSPENDED');
    expect((await vote(app, offender, open.id)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await app.graphql(ideaVotes, { id: open.id })).data?.idea.voteCount).toBe(0);
  });

  it('merges a duplicate: its voters join the target, each person counted once', async () => {
    const target = await postIdea(app, author, { agencyId: agency.id, title: 'Izin usaha mikro cukup lewat ponsel' });
    const duplicate = await postIdea(app, author, { agencyId: agency.id, title: 'Izin usaha mikro lewat ponsel saja' });
    const [both, onlyTarget, onlyDuplicate, another] = await signUpMany(app, 4);
    for (const voter of [both, onlyTarget]) await vote(app, voter, target.id);
    for (const voter of [both, onlyDuplicate, another]) await vote(app, voter, duplicate.id);

    const merge = { input: { ideaId: duplicate.id, status: 'MERGED', mergeIntoId: target.id, reason: 'Usulan yang sama.' } };
    expect((await app.graphql(reviewMutation, merge, { token: author.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const intoItself = await app.graphql(reviewMutation, { input: { ...merge.input, mergeIntoId: duplicate.id } }, { token: officer.token });
    expect(intoItself.data?.reviewIdea.errors).toEqual([{ code: 'INVALID', field: 'input.mergeIntoId' }]);
    const withoutTarget = await app.graphql(reviewMutation, { input: { ideaId: duplicate.id, status: 'MERGED' } }, { token: officer.token });
    expect(withoutTarget.data?.reviewIdea.errors).toEqual([{ code: 'REQUIRED', field: 'input.mergeIntoId' }]);

    const merged = await app.graphql(reviewMutation, merge, { token: officer.token });
    expect(merged.data?.reviewIdea).toMatchObject({ idea: { status: 'MERGED', mergedInto: { id: target.id, voteCount: 4 } }, errors: [] });
    const afterMerge = await app.graphql(ideaVotes, { id: target.id }, { token: onlyDuplicate.token });
    expect(afterMerge.data?.idea).toMatchObject({ voteCount: 4, viewerHasVoted: true, viewerCanVote: false });
    expect((await vote(app, both, duplicate.id)).data?.voteIdea.errors).toEqual([{ code: 'NOT_ALLOWED_NOW', field: 'input.ideaId' }]);
    // The count stays true to the rows afterwards: a vote taken back leaves 3.
    const taken = await app.graphql(unvoteMutation, { input: { ideaId: target.id } }, { token: another.token });
    expect(taken.data?.unvoteIdea.idea.voteCount).toBe(3);
    const feed = await app.graphql(`query { ideas(first: 50) { edges { node { id } } } }`);
    expect(feed.data?.ideas.edges.map((edge: { node: { id: string } }) => edge.node.id)).not.toContain(duplicate.id);
  });
});
