import {
  AddCommentDocument,
  LoginDocument,
  ModerateContentDocument,
  ModerationLogDocument,
  ModerationQueueDocument,
  ModerationSettingsDocument,
  NotificationsDocument,
  ReportContentDocument,
  SuspendAccountDocument,
  UpdateModerationSettingsDocument,
} from '@gotong/graphql-client';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, testAdmin, type TestApp } from '../support/app.js';
import { postIdea } from '../support/ideas.js';
import { plain, startMailbox, waitFor, type Mailbox } from '../support/mailbox.js';
import { createOrganization, signIn, signUp, type SignedIn } from '../support/people.js';
import { createInnovation } from './pilot-proposals-support.js';

const report = print(ReportContentDocument);
const moderate = print(ModerateContentDocument);
const queue = print(ModerationQueueDocument);
const settings = print(ModerationSettingsDocument);
const updateSettings = print(UpdateModerationSettingsDocument);
const suspend = print(SuspendAccountDocument);
const log = print(ModerationLogDocument);
const notifications = print(NotificationsDocument);
const addComment = print(AddCommentDocument);
const login = print(LoginDocument);
const node = `query ($id: ID!) { node(id: $id) { id } }`;
const thread = `query ($id: ID!) { idea(id: $id) { comments(first: 50) { edges { node { id } } } } }`;

type QueueNode = { subjectId: string; hidden: boolean; reportCount: number; reasons: { category: string; count: number; reasons: string[] }[]; author: { id: string } | null; subject: any; context: any };

describe('moderation at scale', () => {
  let app: TestApp;
  let mailbox: Mailbox;
  let admin: SignedIn;
  let moderator: SignedIn;
  let author: SignedIn;
  let people: SignedIn[];

  const queueItems = async (): Promise<QueueNode[]> => (await app.graphql(queue, { first: 50 }, { token: moderator.token })).data!.moderationQueue.edges.map((edge: { node: QueueNode }) => edge.node);
  const reportAs = (who: SignedIn, subjectId: string, category = 'SPAM', reason = 'Iklan obat di kolom komentar') =>
    app.graphql(report, { input: { subjectId, category, reason } }, { token: who.token });
  const kindsOf = async (who: SignedIn) => (await app.graphql(notifications, { first: 50 }, { token: who.token })).data!.notifications.edges.map((edge: { node: { kind: string; title: string; text: string } }) => edge.node);

  beforeAll(async () => {
    mailbox = await startMailbox();
    app = await startTestApp({
      environment: { RATE_LIMIT_WRITES_PER_PERSON_PER_MINUTE: '1000', RATE_LIMIT_WRITES_PER_ADDRESS_PER_MINUTE: '100000', SMTP_URL: `smtp://127.0.0.1:${mailbox.port}`, EMAIL_POLL_MS: '100' },
    });
    admin = await signIn(app, testAdmin.email, testAdmin.password);
    moderator = await signUp(app, 'Moderator Rina');
    const granted = await app.graphql(`mutation ($input: SetPlatformRoleInput!) { setPlatformRole(input: $input) { errors { code } } }`, { input: { userId: moderator.id, role: 'MODERATOR', granted: true } }, { token: admin.token });
    expect(granted.data?.setPlatformRole.errors).toEqual([]);
    author = await signUp(app, 'Penulis Komentar');
    people = await Promise.all([1, 2, 3, 4, 5, 6].map((n) => signUp(app, `Warga Pelapor ${n}`)));
  });
  afterAll(async () => {
    await app?.close();
    await mailbox?.close();
  });

  it('keeps the report threshold a platform setting: 3 by default, read by moderators, changed by admins only', async () => {
    expect((await app.graphql(settings, {}, { token: people[0].token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await app.graphql(settings, {}, { token: moderator.token })).data?.moderationSettings).toEqual({ reportThreshold: 3 });
    expect((await app.graphql(updateSettings, { input: { reportThreshold: 2 } }, { token: moderator.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const invalid = await app.graphql(updateSettings, { input: { reportThreshold: 0 } }, { token: admin.token });
    expect(invalid.data?.updateModerationSettings.errors.map((error: { field: string }) => error.field)).toEqual(['input.reportThreshold']);
    for (const reportThreshold of [5, 3]) {
      const changed = await app.graphql(updateSettings, { input: { reportThreshold } }, { token: admin.token });
      expect(changed.data?.updateModerationSettings).toEqual({ settings: { reportThreshold }, errors: [] });
    }
    expect((await app.graphql(settings, {}, { token: admin.token })).data?.moderationSettings).toEqual({ reportThreshold: 3 });
  });

  it('hides a comment at its third distinct report, tells its author and the moderators, and shows it in the queue with its idea and grouped reasons', async () => {
    const idea = await postIdea(app, people[5], { title: 'Lampu jalan di Jalan Melati padam sebulan' });
    const commented = await app.graphql(addComment, { input: { subjectId: idea.id, body: 'Beli **obat kuat** murah di toko kami!' } }, { token: author.token });
    const commentId = commented.data!.addComment.comment.id;

    expect((await reportAs(author, commentId)).data?.reportContent.errors.map((error: { code: string }) => error.code)).toEqual(['INVALID']);
    expect((await reportAs(people[0], commentId)).data?.reportContent.errors).toEqual([]);
    const twice = await reportAs(people[0], commentId, 'ABUSE', 'Saya laporkan lagi');
    expect(twice.data?.reportContent.errors.map((error: { code: string; field: string }) => [error.code, error.field])).toEqual([['ALREADY_DONE', 'input.subjectId']]);
    expect((await reportAs(people[1], commentId, 'ABUSE', 'Menghina warga')).data?.reportContent.errors).toEqual([]);
    // Two distinct people, however often one of them reported: still visible.
    expect((await app.graphql(node, { id: commentId })).data?.node).toEqual({ id: commentId });

    expect((await reportAs(people[2], commentId, 'SPAM', 'Promosi dagangan')).data?.reportContent.errors).toEqual([]);
    expect((await app.graphql(node, { id: commentId })).data?.node).toBeNull();
    expect((await app.graphql(node, { id: commentId }, { token: people[3].token })).data?.node).toBeNull();
    expect((await app.graphql(thread, { id: idea.id }, { token: people[3].token })).data?.idea.comments.edges).toEqual([]);
    expect((await app.graphql(node, { id: commentId }, { token: author.token })).data?.node).toEqual({ id: commentId });
    expect((await app.graphql(node, { id: commentId }, { token: moderator.token })).data?.node).toEqual({ id: commentId });

    expect(await kindsOf(author)).toContainEqual(expect.objectContaining({ kind: 'CONTENT_HIDDEN', text: 'AUTOMATIC' }));
    const moderatorNotices = (await kindsOf(moderator)).filter((notice: { kind: string }) => notice.kind === 'CONTENT_REPORTED');
    expect(moderatorNotices.map((notice: { text: string }) => notice.text).sort()).toEqual(['ABUSE', 'SPAM', 'SPAM']);
    expect((await kindsOf(people[3])).filter((notice: { kind: string }) => notice.kind === 'CONTENT_REPORTED')).toEqual([]);

    expect((await app.graphql(queue, { first: 10 })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await app.graphql(queue, { first: 10 }, { token: people[0].token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const item = (await queueItems()).find((entry) => entry.subjectId === commentId)!;
    expect(item).toMatchObject({ hidden: true, reportCount: 3, author: { id: author.id }, context: { id: idea.id, title: idea.title } });
    expect(item.subject.commentHtml).toContain('<strong>obat kuat</strong>');
    expect(item.reasons).toEqual([
      { category: 'SPAM', count: 2, reasons: ['Promosi dagangan', 'Iklan obat di kolom komentar'] },
      { category: 'ABUSE', count: 1, reasons: ['Menghina warga'] },
    ]);

    const entries = (await app.graphql(log, { first: 10, subjectId: commentId }, { token: moderator.token })).data!.moderationLog.edges;
    expect(entries.map((edge: { node: object }) => edge.node)).toEqual([expect.objectContaining({ decision: 'HIDE', automatic: true, moderator: null })]);

    const restored = await app.graphql(moderate, { input: { subjectIds: [commentId], decision: 'RESTORE', reason: 'Sudah diperiksa: bukan iklan' } }, { token: moderator.token });
    expect(restored.data?.moderateContent.errors).toEqual([]);
    expect((await app.graphql(node, { id: commentId }, { token: people[3].token })).data?.node).toEqual({ id: commentId });
    expect((await queueItems()).map((entry) => entry.subjectId)).not.toContain(commentId);
  });

  it('counts concurrent reports exactly: one automatic hide however many arrive at once', async () => {
    const idea = await postIdea(app, author, { title: 'Promo pinjaman online cepat cair tanpa jaminan' });
    const results = await Promise.all(people.slice(0, 5).map((person) => reportAs(person, idea.id)));
    expect(results.map((result) => result.data?.reportContent.errors)).toEqual([[], [], [], [], []]);
    const item = (await queueItems()).find((entry) => entry.subjectId === idea.id)!;
    expect(item).toMatchObject({ hidden: true, reportCount: 5, reasons: [{ category: 'SPAM', count: 5 }] });
    const entries = (await app.graphql(log, { first: 10, subjectId: idea.id }, { token: moderator.token })).data!.moderationLog.edges;
    expect(entries.map((edge: { node: { decision: string; automatic: boolean } }) => [edge.node.decision, edge.node.automatic])).toEqual([['HIDE', true]]);
  });

  it('lets innovations, pilot proposals, courses and organisation profiles be reported and hidden, for everyone but moderators and those acting for them', async () => {
    const officer = await signUp(app, 'Petugas Dinas');
    const agency = await createOrganization(app, officer, admin, { name: 'Dinas Uji Moderasi', kind: 'AGENCY' });
    const trainer = await signUp(app, 'Pelatih Lembaga');
    const institute = await createOrganization(app, trainer, admin, { name: 'Lembaga Uji Moderasi', kind: 'TRAINING_INSTITUTE' });
    const innovationId = await createInnovation(app, officer, agency.id, 'Inovasi yang dilaporkan warga');
    const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
    const published = await app.graphql(
      `mutation ($input: PublishCourseInput!) { publishCourse(input: $input) { course { id } errors { code field } } }`,
      { input: { instituteId: institute.id, title: 'Pelatihan yang dilaporkan', summary: 'Materi pelatihan yang menurut warga menyesatkan.', format: 'ONLINE', sessions: [{ startsAt: inDays(10), endsAt: inDays(11) }], capacity: 10, competencies: [] } },
      { token: trainer.token },
    );
    expect(published.data?.publishCourse.errors).toEqual([]);
    const courseId = published.data!.publishCourse.course.id;
    const partnerOwner = await signUp(app, 'Direktur Mitra');
    const partner = await createOrganization(app, partnerOwner, admin, { name: 'PT Mitra Uji Moderasi', kind: 'PARTNER' });
    const submitted = await app.graphql(
      `mutation ($input: SubmitPilotProposalInput!) { submitPilotProposal(input: $input) { proposal { id } errors { code field } } }`,
      { input: { proposerId: partner.id, subjectId: innovationId, submit: true, title: 'Usulan yang dilaporkan', summary: 'Uji coba aplikasi yang ternyata iklan terselubung.', budgetRupiah: 1_000_000, durationWeeks: 4, kpis: ['Waktu tunggu turun'], team: ['Tim mitra'] } },
      { token: partnerOwner.token },
    );
    const proposalId = submitted.data!.submitPilotProposal.proposal.id;
    for (const status of ['UNDER_REVIEW', 'ACCEPTED']) {
      const reviewed = await app.graphql(`mutation ($input: ReviewPilotProposalInput!) { reviewPilotProposal(input: $input) { errors { code } } }`, { input: { proposalId, status, note: 'Ditinjau.' } }, { token: officer.token });
      expect(reviewed.data?.reviewPilotProposal.errors).toEqual([]);
    }

    for (const [subjectId, answerable] of [[innovationId, officer], [proposalId, partnerOwner], [courseId, trainer], [institute.id, trainer]] as const) {
      expect((await reportAs(answerable, subjectId, 'MISLEADING', 'Melaporkan milik sendiri')).data?.reportContent.errors.map((error: { code: string }) => error.code)).toEqual(['INVALID']);
      for (const person of people.slice(0, 3)) expect((await reportAs(person, subjectId, 'MISLEADING', 'Isinya menyesatkan warga')).data?.reportContent.errors).toEqual([]);
      expect((await app.graphql(node, { id: subjectId }, { token: people[4].token })).data?.node).toBeNull();
      expect((await app.graphql(node, { id: subjectId })).data?.node).toBeNull();
      expect((await app.graphql(node, { id: subjectId }, { token: answerable.token })).data?.node).toEqual({ id: subjectId });
      expect((await app.graphql(node, { id: subjectId }, { token: moderator.token })).data?.node).toEqual({ id: subjectId });
    }
    const lists = await app.graphql(`{ innovations(first: 100) { edges { node { id } } } courses(first: 100) { edges { node { id } } } organizations(first: 100) { edges { node { id } } } pilotProposals(first: 100) { edges { node { id } } } }`, {}, { token: people[4].token });
    const listed = [...lists.data!.innovations.edges, ...lists.data!.courses.edges, ...lists.data!.organizations.edges, ...lists.data!.pilotProposals.edges].map((edge: { node: { id: string } }) => edge.node.id);
    expect(listed.filter((id: string) => [innovationId, proposalId, courseId, institute.id].includes(id))).toEqual([]);
    expect((await app.graphql(`query ($slug: String!) { organization(slug: $slug) { id } }`, { slug: institute.slug })).data?.organization).toBeNull();
    expect(await kindsOf(officer)).toContainEqual(expect.objectContaining({ kind: 'CONTENT_HIDDEN', title: 'Inovasi yang dilaporkan warga' }));

    const items = await queueItems();
    expect(items.find((entry) => entry.subjectId === innovationId)).toMatchObject({ hidden: true, author: { id: officer.id }, subject: { title: 'Inovasi yang dilaporkan warga' } });
    expect(items.find((entry) => entry.subjectId === institute.id)).toMatchObject({ hidden: true, author: null, subject: { name: 'Lembaga Uji Moderasi' } });
  });

  it('suspends an account for a time with a reason: sessions end, sign-in and tokens are refused with the reason and end, all in the log; it ends on time', async () => {
    const offender = await signUp(app, 'Pengguna Bermasalah');
    const token = await app.graphql(`mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret errors { code } } }`, {
      input: { name: 'Skrip', scopes: ['READ', 'WRITE'], expiresAt: new Date(Date.now() + 30 * 86_400_000).toISOString() },
    }, { token: offender.token });
    const apiToken = token.data!.createApiToken.secret as string;
    const input = { userId: offender.id, days: 7, reason: 'Berulang kali mengirim iklan' };

    expect((await app.graphql(suspend, { input })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await app.graphql(suspend, { input }, { token: people[0].token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await app.graphql(suspend, { input: { ...input, userId: admin.id } }, { token: moderator.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const self = await app.graphql(suspend, { input: { ...input, userId: moderator.id } }, { token: moderator.token });
    expect(self.data?.suspendAccount.errors.map((error: { code: string }) => error.code)).toEqual(['INVALID']);
    const tooLong = await app.graphql(suspend, { input: { ...input, days: 366 } }, { token: moderator.token });
    expect(tooLong.data?.suspendAccount.errors.map((error: { field: string }) => error.field)).toEqual(['input.days']);

    const before = Date.now();
    const suspended = await app.graphql(suspend, { input }, { token: moderator.token });
    expect(suspended.data?.suspendAccount.errors).toEqual([]);
    const until = new Date(suspended.data!.suspendAccount.suspendedUntil);
    expect(until.getTime()).toBeGreaterThanOrEqual(before + 7 * 86_400_000 - 1000);

    expect((await app.graphql(`{ viewer { id } }`, {}, { token: offender.token })).data?.viewer).toBeNull();
    const signingIn = await app.graphql(login, { input: { email: offender.email, password: 'kata-sandi-rahasia' } });
    const [refusal] = signingIn.data!.login.errors;
    expect(signingIn.data?.login.token).toBeNull();
    expect(refusal).toMatchObject({ code: 'ACCOUNT_SUSPENDED', messageKey: 'moderation.suspended.refused' });
    expect(refusal.params).toEqual(expect.arrayContaining([{ name: 'reason', value: input.reason }, { name: 'untilIso', value: until.toISOString() }]));
    expect(refusal.message).toContain(input.reason);
    const wrongPassword = await app.graphql(login, { input: { email: offender.email, password: 'bukan-sandinya' } });
    expect(wrongPassword.data?.login.errors.map((error: { code: string }) => error.code)).toEqual(['WRONG_CREDENTIALS']);

    const written = await app.graphql(addComment, { input: { subjectId: (await postIdea(app, people[0])).id, body: 'Masih bisa menulis?' } }, { token: apiToken });
    expect(written.errors?.[0].extensions).toMatchObject({ code: 'ACCOUNT_SUSPENDED', reason: input.reason, suspendedUntil: until.toISOString() });

    const mail = await waitFor(() => mailbox.received.find((message) => message.to.includes(offender.email)));
    expect(plain(mail.raw)).toContain(input.reason);
    const entries = (await app.graphql(log, { first: 10, filter: { decision: 'SUSPEND' } }, { token: moderator.token })).data!.moderationLog.edges;
    expect(entries.map((edge: { node: object }) => edge.node)).toContainEqual(
      expect.objectContaining({ decision: 'SUSPEND', reason: input.reason, subjectType: 'User', subjectId: offender.id, suspendedUntil: until.toISOString(), moderator: expect.objectContaining({ id: moderator.id }) }),
    );
    expect((await app.graphql(log, { first: 10 }, { token: people[0].token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    // The end comes: the same account signs in and its token works again, with nothing lifted by hand.
    await app.server.services.orm.em.fork().execute(`update users set suspended_until = now() - interval '1 second' where id = ?`, [Buffer.from(offender.id, 'base64url').toString().split(':')[1]]);
    expect((await app.graphql(login, { input: { email: offender.email, password: 'kata-sandi-rahasia' } })).data?.login.errors).toEqual([]);
    expect((await app.graphql(`{ viewer { id } }`, {}, { token: apiToken })).data?.viewer).toEqual({ id: offender.id });
  });
});
