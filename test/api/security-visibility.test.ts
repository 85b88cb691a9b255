import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, testAdmin, type TestApp } from '../support/app.js';
import { postIdea } from '../support/ideas.js';
import { createOrganization, signIn, signUp, type SignedIn } from '../support/people.js';
import { addMember } from './pilot-proposals-support.js';

const submitMutation = `mutation ($input: SubmitPilotProposalInput!) { submitPilotProposal(input: $input) { proposal { id status } errors { code field message } } }`;
const reviewMutation = `mutation ($input: ReviewPilotProposalInput!) { reviewPilotProposal(input: $input) { proposal { id status } errors { code } } }`;
const addComment = `mutation ($input: AddCommentInput!) { addComment(input: $input) { comment { id } errors { code field } } }`;
const reportMutation = `mutation ($input: ReportContentInput!) { reportContent(input: $input) { subject { id ... on Comment { body } ... on Idea { title } } errors { code field } } }`;
const moderate = `mutation ($input: ModerateContentInput!) { moderateContent(input: $input) { errors { code } } }`;
const follow = `mutation ($input: FollowInput!) { follow(input: $input) { errors { code } } }`;
const notificationsQuery = `{ notifications(first: 50) { edges { node { kind title text subjectId } } } }`;

const proposal = {
  title: 'Uji coba antrean daring KTP-el',
  summary: 'Aplikasi antrean daring dengan notifikasi WhatsApp di dua kecamatan percontohan.',
  budgetRupiah: 150_000_000,
  durationWeeks: 12,
  kpis: ['Waktu tunggu di bawah 30 menit'],
  team: ['Rina Hartono, manajer proyek'],
};

describe('security: one visibility rule per kind, on every path', () => {
  let app: TestApp;
  let moderator: SignedIn;
  let partnerOwner: SignedIn;
  let officer: SignedIn;
  let citizen: SignedIn;
  let outsider: SignedIn;
  let partner: { id: string };
  let agency: { id: string };

  beforeAll(async () => {
    app = await startTestApp({ environment: { RATE_LIMIT_WRITES_PER_PERSON_PER_MINUTE: '1000', RATE_LIMIT_WRITES_PER_ADDRESS_PER_MINUTE: '10000' } });
    moderator = await signIn(app, testAdmin.email, testAdmin.password);
    partnerOwner = await signUp(app, 'Direktur Mitra');
    const agencyOwner = await signUp(app, 'Kepala Dinas');
    officer = await signUp(app, 'Petugas Inovasi');
    citizen = await signUp(app, 'Siti Warga');
    outsider = await signUp(app, 'Orang Luar');
    partner = await createOrganization(app, partnerOwner, moderator, { name: 'PT Mitra Rahasia', kind: 'PARTNER' });
    agency = await createOrganization(app, agencyOwner, moderator, { name: 'Disdukcapil Rahasia', kind: 'AGENCY' });
    await addMember(app, agencyOwner, agency.id, officer.email, 'OFFICER');
  });
  afterAll(() => app?.close());

  it('finding 2: reportContent never hands out what the reporter may not see (a comment on a DRAFT proposal)', async () => {
    const idea = await postIdea(app, citizen, { agencyId: agency.id, title: 'Antrean KTP-el terlalu panjang di kecamatan' });
    const draft = await app.graphql(submitMutation, { input: { ...proposal, proposerId: partner.id, subjectId: idea.id, submit: false } }, { token: partnerOwner.token });
    const draftId = draft.data!.submitPilotProposal.proposal.id;
    const secret = await app.graphql(addComment, { input: { subjectId: draftId, body: 'Anggaran sebenarnya 90 juta, jangan dibagikan.' } }, { token: partnerOwner.token });
    const commentId = secret.data!.addComment.comment.id;
    for (const reporter of [outsider, officer, citizen]) {
      const reported = await app.graphql(reportMutation, { input: { subjectId: commentId, reason: 'Ingin melihat isinya' } }, { token: reporter.token });
      expect(reported.data?.reportContent).toEqual({ subject: null, errors: [{ code: 'NOT_FOUND', field: 'input.subjectId' }] });
      expect(JSON.stringify(reported)).not.toContain('90 juta');
      const node = await app.graphql(`query ($id: ID!) { node(id: $id) { id } }`, { id: commentId }, { token: reporter.token });
      expect(node.data?.node).toBeNull();
    }
    // Who may see it may report it (a member of the partner, not its author).
    const colleague = await signUp(app, 'Staf Mitra');
    await addMember(app, partnerOwner, partner.id, colleague.email, 'MEMBER');
    const fromColleague = await app.graphql(reportMutation, { input: { subjectId: commentId, reason: 'Tidak pantas di sini' } }, { token: colleague.token });
    expect(fromColleague.data?.reportContent).toEqual({ subject: { id: commentId, body: 'Anggaran sebenarnya 90 juta, jangan dibagikan.' }, errors: [] });
  });

  it('finding 3: PilotProposal.idea is null for whoever may not see the idea, even on a public proposal', async () => {
    const idea = await postIdea(app, citizen, { agencyId: agency.id, title: 'Judul gagasan yang disembunyikan moderator' });
    const submitted = await app.graphql(submitMutation, { input: { ...proposal, proposerId: partner.id, subjectId: idea.id } }, { token: partnerOwner.token });
    const proposalId = submitted.data!.submitPilotProposal.proposal.id;
    const accepted = await app.graphql(reviewMutation, { input: { proposalId, status: 'ACCEPTED', note: 'Disetujui.' } }, { token: officer.token });
    expect(accepted.data?.reviewPilotProposal.proposal.status).toBe('ACCEPTED');
    expect((await app.graphql(moderate, { input: { subjectIds: [idea.id], decision: 'HIDE', reason: 'Spam' } }, { token: moderator.token })).data?.moderateContent.errors).toEqual([]);

    const read = `query ($id: ID!) { pilotProposal(id: $id) { status idea { id title } } node(id: $id) { ... on PilotProposal { idea { title } } } }`;
    const list = `{ pilotProposals(first: 50) { edges { node { id idea { title } } } } }`;
    for (const who of [null, outsider, officer, partnerOwner]) {
      const one = await app.graphql(read, { id: proposalId }, { token: who?.token });
      expect(one.data).toEqual({ pilotProposal: { status: 'ACCEPTED', idea: null }, node: { idea: null } });
      const many = await app.graphql(list, undefined, { token: who?.token });
      expect(JSON.stringify(many.data)).not.toContain('disembunyikan');
    }
    for (const who of [citizen, moderator]) {
      expect((await app.graphql(read, { id: proposalId }, { token: who.token })).data?.pilotProposal.idea).toEqual({ id: idea.id, title: 'Judul gagasan yang disembunyikan moderator' });
    }
  });

  it('finding 8: followers who may not see a hidden idea are not told (title, excerpt) of comments on it', async () => {
    const author = await signUp(app, 'Penulis Gagasan');
    const follower = await signUp(app, 'Pengikut Setia');
    const idea = await postIdea(app, author, { title: 'Gagasan tersembunyi tentang pajak' });
    for (const who of [follower, moderator]) expect((await app.graphql(follow, { input: { subjectId: idea.id } }, { token: who.token })).data?.follow.errors).toEqual([]);
    expect((await app.graphql(moderate, { input: { subjectIds: [idea.id], decision: 'HIDE', reason: 'Menyesatkan' } }, { token: moderator.token })).data?.moderateContent.errors).toEqual([]);

    const comment = await app.graphql(addComment, { input: { subjectId: idea.id, body: 'Komentar rahasia di gagasan tersembunyi.' } }, { token: author.token });
    expect(comment.data?.addComment.errors).toEqual([]);
    // The moderator may see the idea and is told: once that notification exists, the follower's was decided too.
    let seenByModerator: unknown[] = [];
    for (let attempt = 0; attempt < 100 && seenByModerator.length === 0; attempt += 1) {
      const edges = (await app.graphql(notificationsQuery, undefined, { token: moderator.token })).data?.notifications.edges as { node: { subjectId: string } }[];
      seenByModerator = edges.filter((edge) => edge.node.subjectId === idea.id);
      if (seenByModerator.length === 0) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(seenByModerator).toEqual([{ node: { kind: 'FOLLOWED_COMMENT', title: 'Gagasan tersembunyi tentang pajak', text: 'Komentar rahasia di gagasan tersembunyi.', subjectId: idea.id } }]);
    const toFollower = await app.graphql(notificationsQuery, undefined, { token: follower.token });
    expect(toFollower.data?.notifications.edges).toEqual([]);

    // Restored, the idea's comments reach the follower again.
    await app.graphql(moderate, { input: { subjectIds: [idea.id], decision: 'RESTORE', reason: 'Sudah diperbaiki' } }, { token: moderator.token });
    await app.graphql(addComment, { input: { subjectId: idea.id, body: 'Komentar setelah dipulihkan.' } }, { token: author.token });
    let edges: { node: { text: string } }[] = [];
    for (let attempt = 0; attempt < 100 && edges.length === 0; attempt += 1) {
      edges = (await app.graphql(notificationsQuery, undefined, { token: follower.token })).data?.notifications.edges;
      if (edges.length === 0) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(edges.map((edge) => edge.node.text)).toEqual(['Komentar setelah dipulihkan.']);
  });
});
