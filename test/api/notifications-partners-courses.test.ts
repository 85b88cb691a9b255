import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, testAdmin, type TestApp } from '../support/app.js';
import { postIdea } from '../support/ideas.js';
import { createOrganization, signIn, signUp, type SignedIn } from '../support/people.js';
import { liveClients, settled, subscribe } from '../support/ws-client.js';
import { addMember, createInnovation } from './pilot-proposals-support.js';

const notificationsQuery = `{ notifications(first: 50) { edges { node { kind title text quote subjectId actor { id } } } } }`;
const updateSettings = `mutation ($input: UpdateNotificationSettingsInput!) { updateNotificationSettings(input: $input) { errors { code field } } }`;
const notificationAdded = `subscription { notificationAdded { kind title text quote subjectId } }`;
const submitMutation = `mutation ($input: SubmitPilotProposalInput!) { submitPilotProposal(input: $input) { proposal { id status } errors { code field } } }`;
const reviewMutation = `mutation ($input: ReviewPilotProposalInput!) { reviewPilotProposal(input: $input) { proposal { id status } errors { code field } } }`;
const publishMutation = `mutation ($input: PublishCourseInput!) { publishCourse(input: $input) { course { id } errors { code field } } }`;
const enrollMutation = `mutation ($input: CourseInput!) { enrollInCourse(input: $input) { errors { code field } } }`;
const cancelMutation = `mutation ($input: CourseInput!) { cancelEnrollment(input: $input) { errors { code field } } }`;

type Seen = { kind: string; title: string; text: string | null; quote: string | null; subjectId: string; actor: { id: string } | null };

const inDays = (days: number, hours = 9) => new Date(Date.now() + days * 86_400_000 + hours * 3_600_000).toISOString();

describe('notifications of pilot proposals and courses', () => {
  let app: TestApp;
  let admin: SignedIn;
  const clients = liveClients(() => app.url);

  const notificationsOf = async (person: SignedIn, kind?: string): Promise<Seen[]> => {
    const response = await app.graphql(notificationsQuery, {}, { token: person.token });
    const all: Seen[] = response.data!.notifications.edges.map((edge: { node: Seen }) => edge.node);
    return kind ? all.filter((notification) => notification.kind === kind) : all;
  };
  const turnOff = async (person: SignedIn, kind: string) => {
    const response = await app.graphql(updateSettings, { input: { settings: [{ kind, delivery: 'OFF' }] } }, { token: person.token });
    expect(response.data?.updateNotificationSettings.errors).toEqual([]);
  };

  beforeAll(async () => {
    app = await startTestApp({ environment: { RATE_LIMIT_WRITES_PER_PERSON_PER_MINUTE: '1000', RATE_LIMIT_WRITES_PER_ADDRESS_PER_MINUTE: '100000' } });
    admin = await signIn(app, testAdmin.email, testAdmin.password);
  });
  afterEach(() => clients.disposeAll());
  afterAll(() => app?.close());

  describe('pilot proposals', () => {
    let partnerOwner: SignedIn;
    let partnerMember: SignedIn;
    let otherPartnerOwner: SignedIn;
    let agencyOwner: SignedIn;
    let officer: SignedIn;
    let agencyMember: SignedIn;
    let otherAgencyOwner: SignedIn;
    let citizen: SignedIn;
    let partner: { id: string };
    let otherPartner: { id: string };
    let agency: { id: string };

    const content = {
      title: 'Uji coba antrean daring KTP-el',
      summary: 'Aplikasi antrean daring dengan notifikasi WhatsApp di dua kecamatan percontohan.',
      budgetRupiah: 150_000_000,
      durationWeeks: 12,
      kpis: ['Waktu tunggu di bawah 30 menit'],
      team: ['Rina Hartono, manajer proyek'],
    };
    const submit = async (who: SignedIn, input: Record<string, unknown>) => {
      const response = await app.graphql(submitMutation, { input: { ...content, ...input } }, { token: who.token });
      expect(response.data?.submitPilotProposal.errors).toEqual([]);
      return response.data!.submitPilotProposal.proposal as { id: string; status: string };
    };
    const review = (who: SignedIn, proposalId: string, status: string, note: string) => app.graphql(reviewMutation, { input: { proposalId, status, note } }, { token: who.token });

    beforeAll(async () => {
      [partnerOwner, partnerMember, otherPartnerOwner, agencyOwner, officer, agencyMember, otherAgencyOwner, citizen] = await Promise.all(
        ['Direktur Mitra', 'Staf Mitra', 'Direktur Mitra Lain', 'Kepala Dinas', 'Petugas Inovasi', 'Staf Dinas', 'Kepala Bapenda', 'Siti Warga'].map((name) => signUp(app, name)),
      );
      partner = await createOrganization(app, partnerOwner, admin, { name: 'PT Mitra Kabar', kind: 'PARTNER' });
      otherPartner = await createOrganization(app, otherPartnerOwner, admin, { name: 'PT Mitra Lain', kind: 'PARTNER' });
      agency = await createOrganization(app, agencyOwner, admin, { name: 'Disdukcapil Kabar', kind: 'AGENCY' });
      await createOrganization(app, otherAgencyOwner, admin, { name: 'Bapenda Kabar', kind: 'AGENCY' });
      await addMember(app, partnerOwner, partner.id, partnerMember.email, 'MEMBER');
      await addMember(app, agencyOwner, agency.id, officer.email, 'OFFICER');
      await addMember(app, agencyOwner, agency.id, agencyMember.email, 'MEMBER');
    });

    it("tells the agency's officers of a submission, live, and no one else; a draft tells no one", async () => {
      const innovationId = await createInnovation(app, officer, agency.id, 'Antrean daring perekaman KTP-el');
      const officerClient = await clients.connect(officer.token);
      const officerLive = subscribe(officerClient, notificationAdded);
      const memberClient = await clients.connect(agencyMember.token);
      const memberLive = subscribe(memberClient, notificationAdded);
      await Promise.all([settled(officerClient), settled(memberClient)]);

      const draft = await submit(partnerOwner, { proposerId: partner.id, subjectId: innovationId, submit: false });
      for (const person of [agencyOwner, officer, agencyMember, partnerMember]) expect(await notificationsOf(person)).toEqual([]);

      await submit(partnerOwner, { proposalId: draft.id, note: 'Sudah kami lengkapi anggarannya.' });
      const received = { kind: 'PROPOSAL_RECEIVED', title: content.title, text: 'PT Mitra Kabar', quote: 'Sudah kami lengkapi anggarannya.', subjectId: draft.id };
      expect((await officerLive.next()).data?.notificationAdded).toEqual(received);
      expect(await notificationsOf(officer)).toEqual([{ ...received, actor: { id: partnerOwner.id } }]);
      expect(await notificationsOf(agencyOwner, 'PROPOSAL_RECEIVED')).toHaveLength(1);
      // A plain member of the agency sees the proposal but does not review it; the proposer's side and other agencies hear nothing.
      await memberLive.expectNothing();
      for (const person of [agencyMember, otherAgencyOwner, partnerOwner, partnerMember, otherPartnerOwner, citizen]) {
        expect(await notificationsOf(person, 'PROPOSAL_RECEIVED')).toEqual([]);
      }
    });

    it('tells every member of the proposing organisation of each review with its note, once, unless they turned it off', async () => {
      const innovationId = await createInnovation(app, officer, agency.id, 'Layanan akta kelahiran daring');
      const proposal = await submit(partnerOwner, { proposerId: partner.id, subjectId: innovationId });
      await submit(otherPartnerOwner, { proposerId: otherPartner.id, subjectId: innovationId, title: 'Usulan mitra lain' });

      expect((await review(officer, proposal.id, 'UNDER_REVIEW', 'Kami pelajari dulu rencana anggarannya.')).data?.reviewPilotProposal.errors).toEqual([]);
      // The same move again is refused and tells no one twice.
      expect((await review(agencyOwner, proposal.id, 'UNDER_REVIEW', 'Sekali lagi.')).data?.reviewPilotProposal.errors).toEqual([{ code: 'NOT_ALLOWED_NOW', field: 'input.status' }]);
      const underReview = { kind: 'PROPOSAL_REVIEWED', title: content.title, text: 'UNDER_REVIEW', quote: 'Kami pelajari dulu rencana anggarannya.', subjectId: proposal.id, actor: { id: officer.id } };
      for (const person of [partnerOwner, partnerMember]) {
        expect((await notificationsOf(person, 'PROPOSAL_REVIEWED')).filter((seen) => seen.subjectId === proposal.id)).toEqual([underReview]);
      }
      for (const person of [officer, agencyOwner, agencyMember, otherPartnerOwner, otherAgencyOwner, citizen]) {
        expect(await notificationsOf(person, 'PROPOSAL_REVIEWED')).toEqual([]);
      }

      await turnOff(partnerMember, 'PROPOSAL_REVIEWED');
      await review(officer, proposal.id, 'CHANGES_REQUESTED', 'Mohon rinci biaya server per bulan.');
      expect((await notificationsOf(partnerOwner, 'PROPOSAL_REVIEWED')).map((seen) => [seen.text, seen.quote]).slice(0, 2)).toEqual([
        ['CHANGES_REQUESTED', 'Mohon rinci biaya server per bulan.'],
        ['UNDER_REVIEW', 'Kami pelajari dulu rencana anggarannya.'],
      ]);
      expect((await notificationsOf(partnerMember, 'PROPOSAL_REVIEWED')).map((seen) => seen.text)).not.toContain('CHANGES_REQUESTED');

      // A resubmission reaches the officers again, as a new submission.
      const before = (await notificationsOf(officer, 'PROPOSAL_RECEIVED')).length;
      await submit(partnerOwner, { proposalId: proposal.id, note: 'Biaya server sudah dirinci.' });
      expect(await notificationsOf(officer, 'PROPOSAL_RECEIVED')).toHaveLength(before + 1);
    });

    it('asks the other officers to create the innovation when a proposal for an idea is accepted, but not for an innovation', async () => {
      const idea = await postIdea(app, citizen, { title: 'Antrean akta kematian perlu dipangkas', agencyId: agency.id });
      const forIdea = await submit(partnerOwner, { proposerId: partner.id, subjectId: idea.id, title: 'Uji coba layanan akta kematian daring' });
      const innovationId = await createInnovation(app, officer, agency.id, 'Kartu identitas anak daring');
      const forInnovation = await submit(partnerOwner, { proposerId: partner.id, subjectId: innovationId, title: 'Uji coba KIA daring' });

      expect((await review(officer, forIdea.id, 'ACCEPTED', 'Disetujui untuk dua kecamatan.')).data?.reviewPilotProposal.proposal.status).toBe('ACCEPTED');
      expect((await review(officer, forInnovation.id, 'ACCEPTED', 'Disetujui.')).data?.reviewPilotProposal.proposal.status).toBe('ACCEPTED');

      expect(await notificationsOf(agencyOwner, 'INNOVATION_REQUESTED')).toEqual([
        {
          kind: 'INNOVATION_REQUESTED',
          title: 'Uji coba layanan akta kematian daring',
          text: 'Antrean akta kematian perlu dipangkas',
          quote: 'Disetujui untuk dua kecamatan.',
          subjectId: forIdea.id,
          actor: { id: officer.id },
        },
      ]);
      for (const person of [officer, agencyMember, otherAgencyOwner, partnerOwner, partnerMember, citizen]) {
        expect(await notificationsOf(person, 'INNOVATION_REQUESTED')).toEqual([]);
      }
      expect((await notificationsOf(partnerOwner, 'PROPOSAL_REVIEWED')).filter((seen) => seen.text === 'ACCEPTED').map((seen) => seen.subjectId).sort()).toEqual(
        [forIdea.id, forInnovation.id].sort(),
      );
    });
  });

  describe('courses', () => {
    let trainer: SignedIn;
    let institute: { id: string };

    const courseInput = (overrides: Record<string, unknown> = {}) => ({
      title: 'Pelayanan Prima untuk Petugas Loket',
      summary: 'Standar pelayanan, komunikasi dengan warga dan penanganan keluhan di loket.',
      format: 'IN_PERSON',
      sessions: [{ startsAt: inDays(10), endsAt: inDays(10, 12), place: 'Aula Lembaga, Jl. Merdeka 1' }],
      capacity: 30,
      ...overrides,
    });
    const publish = async (input: Record<string, unknown>) => {
      const response = await app.graphql(publishMutation, { input }, { token: trainer.token });
      expect(response.data?.publishCourse.errors).toEqual([]);
      return response.data!.publishCourse.course.id as string;
    };
    const act = async (mutation: string, person: SignedIn, courseId: string) => {
      const response = await app.graphql(mutation, { input: { courseId } }, { token: person.token });
      expect(Object.values(response.data ?? {})[0]).toEqual({ errors: [] });
    };

    beforeAll(async () => {
      trainer = await signUp(app, 'Pelatih Lembaga');
      institute = await createOrganization(app, trainer, admin, { name: 'Lembaga Pelatihan Kabar', kind: 'TRAINING_INSTITUTE' });
    });

    it('tells the people holding a seat when the institute changes the course, live and once per change; never of others enrolling', async () => {
      const courseId = await publish({ instituteId: institute.id, ...courseInput() });
      const [enrolled, alsoEnrolled, cancelled, outsider] = await Promise.all(['Peserta Satu', 'Peserta Dua', 'Peserta Batal', 'Bukan Peserta'].map((name) => signUp(app, name)));
      await act(enrollMutation, enrolled, courseId);
      await act(enrollMutation, alsoEnrolled, courseId);
      await act(enrollMutation, cancelled, courseId);
      await act(cancelMutation, cancelled, courseId);
      for (const person of [enrolled, alsoEnrolled, cancelled]) expect(await notificationsOf(person)).toEqual([]);

      const client = await clients.connect(enrolled.token);
      const live = subscribe(client, notificationAdded);
      await settled(client);
      const moved = courseInput({ sessions: [{ startsAt: inDays(12), endsAt: inDays(12, 12), place: 'Gedung Serbaguna, Jl. Asia Afrika 8' }] });
      await publish({ courseId, ...moved });
      const changed = { kind: 'COURSE_CHANGED', title: 'Pelayanan Prima untuk Petugas Loket', text: 'SCHEDULE,PLACE', quote: null, subjectId: courseId };
      expect((await live.next()).data?.notificationAdded).toEqual(changed);

      // Saving the same course again, or only its number of places, is no change to those enrolled.
      await publish({ courseId, ...moved });
      await publish({ courseId, ...moved, capacity: 40 });
      await live.expectNothing();
      expect(await notificationsOf(enrolled)).toEqual([{ ...changed, actor: { id: trainer.id } }]);
      expect(await notificationsOf(alsoEnrolled)).toEqual([{ ...changed, actor: { id: trainer.id } }]);
      for (const person of [cancelled, outsider, trainer]) expect(await notificationsOf(person)).toEqual([]);

      await turnOff(alsoEnrolled, 'COURSE_CHANGED');
      await publish({ courseId, ...moved, title: 'Pelayanan Prima di Loket', status: 'ARCHIVED' });
      expect((await notificationsOf(enrolled)).map((seen) => [seen.title, seen.text])).toEqual([
        ['Pelayanan Prima di Loket', 'TITLE,ARCHIVED'],
        ['Pelayanan Prima untuk Petugas Loket', 'SCHEDULE,PLACE'],
      ]);
      expect(await notificationsOf(alsoEnrolled)).toHaveLength(1);
    });

    it('tells no one of a course taken back to draft, which its enrolled people could no longer open', async () => {
      const courseId = await publish({ instituteId: institute.id, ...courseInput({ title: 'Literasi Data untuk ASN' }) });
      const enrolled = await signUp(app, 'Peserta Literasi');
      await act(enrollMutation, enrolled, courseId);
      await publish({ courseId, ...courseInput({ title: 'Literasi Data untuk ASN (ditunda)', status: 'DRAFT' }) });
      expect(await notificationsOf(enrolled)).toEqual([]);
    });
  });
});
