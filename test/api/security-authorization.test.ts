import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, testAdmin, type GraphQLResponse, type TestApp } from '../support/app.js';
import { postIdea } from '../support/ideas.js';
import { createOrganization, signIn, signUp, type SignedIn } from '../support/people.js';
import { addMember } from './pilot-proposals-support.js';

/** Whether a mutation did what was asked: no GraphQL error and an empty `errors` in its payload. */
function succeeded(response: GraphQLResponse, field: string): boolean {
  return !response.errors && response.data?.[field]?.errors.length === 0;
}

const proposalContent = {
  title: 'Uji coba antrean daring KTP-el',
  summary: 'Aplikasi antrean daring dengan notifikasi WhatsApp di dua kecamatan percontohan.',
  budgetRupiah: 150_000_000,
  durationWeeks: 12,
  kpis: ['Waktu tunggu di bawah 30 menit'],
  team: ['Rina Hartono, manajer proyek'],
};

/**
 * For each role, the viewerCan* field read just before and the mutation's answer agree (finding: one authorisation
 * function per module, used by the resolvers, the use cases and the fields). Each attempt gets a fresh object, so one
 * role's success does not change what the next one meets.
 */
describe('security: the mutation and its viewerCan* field agree for every role', () => {
  let app: TestApp;
  let moderator: SignedIn;
  let author: SignedIn;
  let citizen: SignedIn;
  let officer: SignedIn;
  let otherOfficer: SignedIn;
  let partnerOwner: SignedIn;
  let partnerMember: SignedIn;
  let agency: { id: string };
  let partner: { id: string };
  let roles: [string, SignedIn | null][];

  beforeAll(async () => {
    app = await startTestApp({ environment: { RATE_LIMIT_WRITES_PER_PERSON_PER_MINUTE: '10000', RATE_LIMIT_WRITES_PER_ADDRESS_PER_MINUTE: '100000' } });
    moderator = await signIn(app, testAdmin.email, testAdmin.password);
    author = await signUp(app, 'Penulis');
    citizen = await signUp(app, 'Warga Lain');
    const agencyOwner = await signUp(app, 'Kepala Dinas');
    officer = await signUp(app, 'Petugas');
    otherOfficer = await signUp(app, 'Petugas Lain');
    partnerOwner = await signUp(app, 'Direktur Mitra');
    partnerMember = await signUp(app, 'Anggota Mitra');
    agency = await createOrganization(app, agencyOwner, moderator, { name: 'Dinas Uji Izin', kind: 'AGENCY' });
    await createOrganization(app, otherOfficer, moderator, { name: 'Dinas Lain Uji Izin', kind: 'AGENCY' });
    await addMember(app, agencyOwner, agency.id, officer.email, 'OFFICER');
    partner = await createOrganization(app, partnerOwner, moderator, { name: 'PT Mitra Uji Izin', kind: 'PARTNER' });
    await addMember(app, partnerOwner, partner.id, partnerMember.email, 'MEMBER');
    roles = [
      ['anonymous', null],
      ['author', author],
      ['citizen', citizen],
      ['officer', officer],
      ['other officer', otherOfficer],
      ['partner owner', partnerOwner],
      ['partner member', partnerMember],
      ['moderator/admin', moderator],
    ];
  });
  afterAll(() => app?.close());

  it('ideas: viewerCanEdit, viewerCanReview and viewerCanVote', async () => {
    const read = `query ($id: ID!) { idea(id: $id) { viewerCanEdit viewerCanReview viewerCanVote } }`;
    const mutations = {
      viewerCanEdit: ['editIdea', `mutation ($id: ID!) { editIdea(input: { ideaId: $id, title: "Judul yang diperbarui penulisnya" }) { errors { code } } }`],
      viewerCanReview: ['reviewIdea', `mutation ($id: ID!) { reviewIdea(input: { ideaId: $id, status: UNDER_REVIEW }) { errors { code } } }`],
      viewerCanVote: ['voteIdea', `mutation ($id: ID!) { voteIdea(input: { ideaId: $id }) { errors { code } } }`],
    } as const;
    const disagreements: string[] = [];
    for (const [field, [mutation, document]] of Object.entries(mutations)) {
      for (const [role, person] of roles) {
        const idea = await postIdea(app, author, { agencyId: agency.id });
        const allowed = (await app.graphql(read, { id: idea.id }, { token: person?.token })).data?.idea[field];
        const done = succeeded(await app.graphql(document, { id: idea.id }, { token: person?.token }), mutation);
        if (allowed !== done) disagreements.push(`${role}: ${field} ${allowed} but ${mutation} ${done ? 'succeeded' : 'refused'}`);
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('comments: viewerCanEdit and viewerCanDelete', async () => {
    const idea = await postIdea(app, citizen);
    const read = `query ($id: ID!) { node(id: $id) { ... on Comment { viewerCanEdit viewerCanDelete } } }`;
    const mutations = {
      viewerCanEdit: ['editComment', `mutation ($id: ID!) { editComment(input: { commentId: $id, body: "Diperbaiki." }) { errors { code } } }`],
      viewerCanDelete: ['deleteComment', `mutation ($id: ID!) { deleteComment(input: { commentId: $id }) { errors { code } } }`],
    } as const;
    const disagreements: string[] = [];
    for (const [field, [mutation, document]] of Object.entries(mutations)) {
      for (const [role, person] of roles) {
        const added = await app.graphql(`mutation ($input: AddCommentInput!) { addComment(input: $input) { comment { id } errors { code } } }`, { input: { subjectId: idea.id, body: 'Komentar penulis.' } }, { token: author.token });
        const commentId = added.data!.addComment.comment.id;
        const allowed = (await app.graphql(read, { id: commentId }, { token: person?.token })).data?.node[field];
        const done = succeeded(await app.graphql(document, { id: commentId }, { token: person?.token }), mutation);
        if (allowed !== done) disagreements.push(`${role}: ${field} ${allowed} but ${mutation} ${done ? 'succeeded' : 'refused'}`);
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('pilot proposals: viewerCanEdit and viewerCanReview (on a submitted proposal)', async () => {
    const read = `query ($id: ID!) { pilotProposal(id: $id) { viewerCanEdit viewerCanReview } }`;
    const mutations = {
      viewerCanEdit: ['submitPilotProposal', `mutation ($input: SubmitPilotProposalInput!) { submitPilotProposal(input: $input) { errors { code } } }`],
      viewerCanReview: ['reviewPilotProposal', `mutation ($input: ReviewPilotProposalInput!) { reviewPilotProposal(input: $input) { errors { code } } }`],
    } as const;
    const disagreements: string[] = [];
    const idea = await postIdea(app, author, { agencyId: agency.id });
    for (const status of ['DRAFT', 'SUBMITTED'] as const) {
      for (const [field, [mutation, document]] of Object.entries(mutations)) {
        for (const [role, person] of roles) {
          const created = await app.graphql(
            `mutation ($input: SubmitPilotProposalInput!) { submitPilotProposal(input: $input) { proposal { id } errors { code } } }`,
            { input: { ...proposalContent, proposerId: partner.id, subjectId: idea.id, submit: status === 'SUBMITTED' } },
            { token: partnerOwner.token },
          );
          const proposalId = created.data!.submitPilotProposal.proposal.id;
          const allowed = (await app.graphql(read, { id: proposalId }, { token: person?.token })).data?.pilotProposal?.[field] ?? false;
          const input = field === 'viewerCanEdit' ? { ...proposalContent, proposalId, title: 'Judul usulan diperbarui', submit: false } : { proposalId, status: 'UNDER_REVIEW', note: 'Kami tinjau.' };
          const done = succeeded(await app.graphql(document, { input }, { token: person?.token }), mutation);
          if (allowed !== done) disagreements.push(`${role} on ${status}: ${field} ${allowed} but ${mutation} ${done ? 'succeeded' : 'refused'}`);
        }
      }
    }
    expect(disagreements).toEqual([]);
  });
});
