import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, testAdmin, type TestApp } from '../support/app.js';
import { postIdea } from '../support/ideas.js';
import { createOrganization, signIn, signUp, type SignedIn } from '../support/people.js';
import { addMember, advanceInnovation, createInnovation } from './pilot-proposals-support.js';

const proposalFields = /* GraphQL */ `id status title budgetRupiah durationWeeks kpis team viewerCanEdit viewerCanReview proposer { id } agency { id } innovation { id }`;
const submitMutation = /* GraphQL */ `
  mutation ($input: SubmitPilotProposalInput!) { submitPilotProposal(input: $input) { proposal { ${proposalFields} } errors { code field message } } }
`;
const reviewMutation = /* GraphQL */ `
  mutation ($input: ReviewPilotProposalInput!) { reviewPilotProposal(input: $input) { proposal { ${proposalFields} } errors { code field message } } }
`;
const withdrawMutation = /* GraphQL */ `
  mutation ($input: WithdrawPilotProposalInput!) { withdrawPilotProposal(input: $input) { proposal { id status } errors { code field message } } }
`;
const proposalQuery = /* GraphQL */ `
  query ($id: ID!) {
    pilotProposal(id: $id) { ${proposalFields} history { totalCount edges { node { fromStatus toStatus note actor { id } createdAt } } } }
    node(id: $id) { id }
  }
`;

describe('pilot proposals', () => {
  let app: TestApp;
  let admin: SignedIn;
  let partnerOwner: SignedIn;
  let agencyOwner: SignedIn;
  let officer: SignedIn;
  let otherOfficer: SignedIn;
  let citizen: SignedIn;
  let partner: { id: string };
  let agency: { id: string };
  let innovationId: string;

  const content = {
    title: 'Uji coba antrean daring KTP-el',
    summary: 'Aplikasi antrean daring dengan notifikasi WhatsApp di dua kecamatan percontohan.',
    budgetRupiah: 150_000_000,
    durationWeeks: 12,
    kpis: ['Waktu tunggu di bawah 30 menit', 'Kunjungan ulang di bawah 10%'],
    team: ['Rina Hartono, manajer proyek', 'Dedi Saputra, pengembang'],
  };
  const submit = (who: SignedIn | null, input: Record<string, unknown>) => app.graphql(submitMutation, { input: { ...content, ...input } }, { token: who?.token });
  const review = (who: SignedIn | null, proposalId: string, status: string, note = 'Catatan tinjauan.') =>
    app.graphql(reviewMutation, { input: { proposalId, status, note } }, { token: who?.token });
  const read = (who: SignedIn | null, id: string) => app.graphql(proposalQuery, { id }, { token: who?.token });

  beforeAll(async () => {
    app = await startTestApp({ environment: { RATE_LIMIT_WRITES_PER_PERSON_PER_MINUTE: '1000', RATE_LIMIT_WRITES_PER_ADDRESS_PER_MINUTE: '10000' } });
    admin = await signIn(app, testAdmin.email, testAdmin.password);
    partnerOwner = await signUp(app, 'Direktur Mitra');
    agencyOwner = await signUp(app, 'Kepala Dinas');
    officer = await signUp(app, 'Petugas Inovasi');
    otherOfficer = await signUp(app, 'Petugas Bapenda');
    citizen = await signUp(app, 'Siti Warga');
    partner = await createOrganization(app, partnerOwner, admin, { name: 'PT Mitra Digital Uji', kind: 'PARTNER' });
    agency = await createOrganization(app, agencyOwner, admin, { name: 'Disdukcapil Uji', kind: 'AGENCY' });
    await createOrganization(app, otherOfficer, admin, { name: 'Bapenda Uji', kind: 'AGENCY' });
    await addMember(app, agencyOwner, agency.id, officer.email, 'OFFICER');
    innovationId = await createInnovation(app, officer, agency.id, 'Antrean daring perekaman KTP-el');
  });

  afterAll(() => app?.close());

  it('goes through its whole life cycle, with every change kept, and passes the TRIAL gate once ACCEPTED', async () => {
    const draft = await submit(partnerOwner, { proposerId: partner.id, subjectId: innovationId, submit: false });
    expect(draft.data?.submitPilotProposal.errors).toEqual([]);
    const proposal = draft.data!.submitPilotProposal.proposal;
    expect(proposal).toMatchObject({ status: 'DRAFT', budgetRupiah: 150_000_000, agency: { id: agency.id }, innovation: { id: innovationId }, viewerCanEdit: true });

    expect((await read(officer, proposal.id)).data).toEqual({ pilotProposal: null, node: null });
    expect((await review(officer, proposal.id, 'ACCEPTED')).data?.reviewPilotProposal.errors[0].code).toBe('NOT_FOUND');

    const submitted = await submit(partnerOwner, { proposalId: proposal.id });
    expect(submitted.data?.submitPilotProposal.proposal.status).toBe('SUBMITTED');
    expect((await read(officer, proposal.id)).data?.pilotProposal).toMatchObject({ status: 'SUBMITTED', viewerCanReview: true });
    expect((await read(citizen, proposal.id)).data?.pilotProposal).toBeNull();

    expect((await review(officer, proposal.id, 'UNDER_REVIEW')).data?.reviewPilotProposal.proposal.status).toBe('UNDER_REVIEW');
    const noNote = await review(officer, proposal.id, 'ACCEPTED', '');
    expect(noNote.data?.reviewPilotProposal.errors[0]).toMatchObject({ code: 'REQUIRED', field: 'input.note' });
    expect((await review(officer, proposal.id, 'CHANGES_REQUESTED', 'Mohon rincikan anggaran per kecamatan.')).data?.reviewPilotProposal.proposal.status).toBe('CHANGES_REQUESTED');
    expect((await review(officer, proposal.id, 'ACCEPTED')).data?.reviewPilotProposal.errors[0].code).toBe('NOT_ALLOWED_NOW');

    expect((await advanceInnovation(app, officer, innovationId, 'DEVELOPMENT')).errors).toEqual([]);
    expect((await advanceInnovation(app, officer, innovationId, 'TRIAL')).unmetRequirements.map((item) => item.code)).toEqual(['PILOT_PLAN', 'PILOT_KPIS']);

    const resubmitted = await submit(partnerOwner, { proposalId: proposal.id, budgetRupiah: 140_000_000, note: 'Anggaran dirinci.' });
    expect(resubmitted.data?.submitPilotProposal.proposal).toMatchObject({ status: 'SUBMITTED', budgetRupiah: 140_000_000 });
    const accepted = await review(officer, proposal.id, 'ACCEPTED', 'Disetujui untuk uji coba 12 minggu.');
    expect(accepted.data?.reviewPilotProposal.proposal.status).toBe('ACCEPTED');

    const seenByAnyone = await read(null, proposal.id);
    expect(seenByAnyone.data?.pilotProposal.status).toBe('ACCEPTED');
    const history = (await read(partnerOwner, proposal.id)).data!.pilotProposal.history;
    expect(history.edges.map((edge: { node: { toStatus: string } }) => edge.node.toStatus)).toEqual(['DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'CHANGES_REQUESTED', 'SUBMITTED', 'ACCEPTED']);
    expect(history.edges[3].node).toMatchObject({ fromStatus: 'UNDER_REVIEW', note: 'Mohon rincikan anggaran per kecamatan.', actor: { id: officer.id } });
    expect(history.edges[4].node).toMatchObject({ note: 'Anggaran dirinci.', actor: { id: partnerOwner.id } });

    const publicList = await app.graphql(`query ($id: ID!) { innovation(id: $id) { pilotProposals { edges { node { id status } } } } }`, { id: innovationId });
    expect(publicList.data?.innovation.pilotProposals.edges).toEqual([{ node: { id: proposal.id, status: 'ACCEPTED' } }]);
    expect((await withdrawAs(partnerOwner, proposal.id)).errors[0].code).toBe('NOT_ALLOWED_NOW');

    const moved = await advanceInnovation(app, officer, innovationId, 'TRIAL');
    expect(moved.errors).toEqual([]);
    expect(moved.innovation?.stage).toBe('TRIAL');
  });

  async function withdrawAs(who: SignedIn, proposalId: string) {
    return (await app.graphql(withdrawMutation, { input: { proposalId } }, { token: who.token })).data!.withdrawPilotProposal;
  }

  it('refuses a citizen submitting, a partner reviewing, another agency reviewing, and outsiders reading a draft', async () => {
    expect((await submit(null, { proposerId: partner.id, subjectId: innovationId })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await submit(citizen, { proposerId: partner.id, subjectId: innovationId })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const proposal = (await submit(partnerOwner, { proposerId: partner.id, subjectId: innovationId })).data!.submitPilotProposal.proposal;
    expect((await review(partnerOwner, proposal.id, 'ACCEPTED')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await review(otherOfficer, proposal.id, 'ACCEPTED')).data?.reviewPilotProposal.errors[0].code).toBe('NOT_FOUND');
    expect((await review(citizen, proposal.id, 'ACCEPTED')).data?.reviewPilotProposal.errors[0].code).toBe('NOT_FOUND');

    const draft = (await submit(partnerOwner, { proposerId: partner.id, subjectId: innovationId, submit: false, title: 'Draf rahasia mitra' })).data!.submitPilotProposal.proposal;
    for (const outsider of [null, citizen, officer, otherOfficer]) expect((await read(outsider, draft.id)).data?.pilotProposal).toBeNull();
    const historyOf = `query ($id: ID!) { pilotProposal(id: $id) { history { edges { node { id toStatus } } } } }`;
    const draftCreated = (await app.graphql(historyOf, { id: draft.id }, { token: partnerOwner.token })).data?.pilotProposal.history.edges[0].node;
    const nodeQuery = `query ($id: ID!) { node(id: $id) { id ... on PilotProposalStatusChange { toStatus } } }`;
    expect((await app.graphql(nodeQuery, { id: draftCreated.id }, { token: partnerOwner.token })).data?.node).toEqual({ id: draftCreated.id, toStatus: 'DRAFT' });
    for (const outsider of [null, citizen, officer]) expect((await app.graphql(nodeQuery, { id: draftCreated.id }, { token: outsider?.token })).data?.node).toBeNull();
    const listed = await app.graphql(`{ pilotProposals(first: 100) { edges { node { id status } } } }`, {}, { token: officer.token });
    const ids = listed.data?.pilotProposals.edges.map((edge: { node: { id: string } }) => edge.node.id);
    expect(ids).toContain(proposal.id);
    expect(ids).not.toContain(draft.id);
    const mine = await app.graphql(`query ($id: ID!) { pilotProposals(filter: { proposerId: $id, status: DRAFT }) { totalCount } }`, { id: partner.id }, { token: partnerOwner.token });
    expect(mine.data?.pilotProposals.totalCount).toBe(1);

    expect(await withdrawAs(partnerOwner, draft.id)).toMatchObject({ proposal: { status: 'WITHDRAWN' }, errors: [] });
  });

  it("lists an agency's review queue by several statuses, without drafts or decided ones, and nothing to another agency", async () => {
    const proposalIn = async (status: 'DRAFT' | 'SUBMITTED' | 'UNDER_REVIEW' | 'REJECTED') => {
      const proposal = (await submit(partnerOwner, { proposerId: partner.id, subjectId: innovationId, submit: status !== 'DRAFT', title: `Antrean ${status}` })).data!.submitPilotProposal.proposal;
      if (status === 'UNDER_REVIEW' || status === 'REJECTED') await review(officer, proposal.id, status);
      return proposal.id as string;
    };
    const [draft, submitted, underReview, rejected] = [await proposalIn('DRAFT'), await proposalIn('SUBMITTED'), await proposalIn('UNDER_REVIEW'), await proposalIn('REJECTED')];
    const queueQuery = `query ($agencyId: ID!) { pilotProposals(first: 50, filter: { agencyId: $agencyId, statuses: [SUBMITTED, UNDER_REVIEW] }) { edges { node { id status } } } }`;
    const queueOf = async (who: SignedIn) => (await app.graphql(queueQuery, { agencyId: agency.id }, { token: who.token })).data!.pilotProposals.edges.map((edge: { node: { id: string; status: string } }) => edge.node);

    const queue = await queueOf(officer);
    const queued = queue.map((node: { id: string }) => node.id);
    expect(queued).toEqual(expect.arrayContaining([submitted, underReview]));
    expect(queued).not.toContain(draft);
    expect(queued).not.toContain(rejected);
    expect(new Set(queue.map((node: { status: string }) => node.status))).toEqual(new Set(['SUBMITTED', 'UNDER_REVIEW']));
    expect(await queueOf(otherOfficer)).toEqual([]);
    expect(await queueOf(citizen)).toEqual([]);

    const ownDrafts = await app.graphql(`query ($id: ID!) { pilotProposals(filter: { proposerId: $id, statuses: [DRAFT] }) { edges { node { id } } } }`, { id: partner.id }, { token: partnerOwner.token });
    expect(ownDrafts.data?.pilotProposals.edges.map((edge: { node: { id: string } }) => edge.node.id)).toContain(draft);
  });

  it("shows an idea's accepted proposal on the innovation the agency then makes from the idea, to anyone", async () => {
    const idea = await postIdea(app, citizen, { title: 'Loket akta perlu antrean daring', agencyId: agency.id });
    const proposal = (await submit(partnerOwner, { proposerId: partner.id, subjectId: idea.id, title: 'Uji coba antrean akta daring' })).data!.submitPilotProposal.proposal;
    expect((await review(officer, proposal.id, 'ACCEPTED')).data?.reviewPilotProposal.proposal.status).toBe('ACCEPTED');
    const fromIdea = await app.graphql(
      `mutation ($input: CreateInnovationInput!) { createInnovation(input: $input) { innovation { id } errors { code } } }`,
      { input: { agencyId: agency.id, title: 'Antrean akta daring', ideaIds: [idea.id] } },
      { token: officer.token },
    );
    const madeFromIdea = fromIdea.data!.createInnovation.innovation.id;
    const listed = await app.graphql(`query ($id: ID!) { innovation(id: $id) { pilotProposals { edges { node { id idea { id } } } } } }`, { id: madeFromIdea });
    expect(listed.data?.innovation.pilotProposals.edges).toEqual([{ node: { id: proposal.id, idea: { id: idea.id } } }]);
    const other = await app.graphql(`query ($id: ID!) { innovation(id: $id) { pilotProposals { edges { node { id } } } } }`, { id: innovationId });
    expect(other.data?.innovation.pilotProposals.edges.map((edge: { node: { id: string } }) => edge.node.id)).not.toContain(proposal.id);
  });

  it('gives field errors for bad content and saves nothing', async () => {
    const response = await submit(partnerOwner, { proposerId: partner.id, subjectId: innovationId, budgetRupiah: -5, durationWeeks: 0, kpis: [] });
    const fields = response.data?.submitPilotProposal.errors.map((error: { field: string }) => error.field);
    expect(fields).toEqual(expect.arrayContaining(['input.budgetRupiah', 'input.durationWeeks', 'input.kpis']));
    expect(response.data?.submitPilotProposal.proposal).toBeNull();
    const wrongSubject = await submit(partnerOwner, { proposerId: partner.id, subjectId: partner.id });
    expect(wrongSubject.data?.submitPilotProposal.errors[0]).toMatchObject({ code: 'NOT_FOUND', field: 'input.subjectId' });
  });
});
