import {
  AddCommentDocument,
  AddJointLeaveDayDocument,
  AgencyInboxDocument,
  DaysOffDocument,
  IdeaResponsesDocument,
  JointLeaveDaysDocument,
  MarkOfficialReplyDocument,
  NotificationsDocument,
  OrganizationResponseRecordDocument,
  RemoveJointLeaveDayDocument,
  RequireFieldCheckDocument,
  ReviewIdeaDocument,
  UpdateResponseDurationsDocument,
} from '@gotong/graphql-client';
import { addWorkingDays } from '@gotong/domain/working-days';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setTestTime } from '../../apps/api/src/core/clock.js';
import { flagOverdueResponses } from '../../apps/api/src/modules/responses/flag-overdue-responses.js';
import { startTestApp, testAdmin, type TestApp } from '../support/app.js';
import { postIdea } from '../support/ideas.js';
import { agencyWithService, signIn, type SignedIn } from '../support/people.js';

const [ideaResponses, inbox, record, review, addComment, markOfficial, fieldCheck, durations, addLeave, removeLeave, leaveDays, daysOff, notifications] = [
  IdeaResponsesDocument,
  AgencyInboxDocument,
  OrganizationResponseRecordDocument,
  ReviewIdeaDocument,
  AddCommentDocument,
  MarkOfficialReplyDocument,
  RequireFieldCheckDocument,
  UpdateResponseDurationsDocument,
  AddJointLeaveDayDocument,
  RemoveJointLeaveDayDocument,
  JointLeaveDaysDocument,
  DaysOffDocument,
  NotificationsDocument,
].map((document) => print(document));

type Clock = { step: string; status: string; dueAt: string; metAt: string | null; workingDaysAllowed: number; workingDaysTaken: number | null; workingDaysLate: number; fieldCheck: boolean };

/** Midnight ending a day in WIB (Bandung's zone): the deadline of that working day. */
const endOfDayWib = (day: string) => new Date(new Date(`${day}T00:00:00+07:00`).getTime() + 24 * 60 * 60 * 1000).toISOString();
const at = (local: string) => setTestTime(new Date(`${local}+07:00`));

describe('response clocks in working days', () => {
  let app: TestApp;
  let admin: SignedIn;
  let people: Awaited<ReturnType<typeof agencyWithService>>;
  const ideas: Record<'reviewed' | 'ignored' | 'declined' | 'overHoliday', string> = { reviewed: '', ignored: '', declined: '', overHoliday: '' };

  const clocksOf = async (ideaId: string, who?: SignedIn): Promise<Record<string, Clock>> => {
    const response = await app.graphql(ideaResponses, { id: ideaId }, { token: who?.token });
    return Object.fromEntries(response.data!.idea.responseClocks.map((clock: Clock) => [clock.step, clock]));
  };
  const commentAs = async (who: SignedIn, ideaId: string, body: string): Promise<string> =>
    (await app.graphql(addComment, { input: { subjectId: ideaId, body } }, { token: who.token })).data!.addComment.comment.id;
  const kindsOf = async (who: SignedIn) => (await app.graphql(notifications, { first: 50 }, { token: who.token })).data!.notifications.edges.map((edge: { node: { kind: string; title: string } }) => edge.node);

  beforeAll(async () => {
    app = await startTestApp({ environment: { RATE_LIMIT_WRITES_PER_PERSON_PER_MINUTE: '1000', RATE_LIMIT_WRITES_PER_ADDRESS_PER_MINUTE: '100000' } });
    admin = await signIn(app, testAdmin.email, testAdmin.password);
    people = await agencyWithService(app, admin, {
      agency: 'Disdukcapil Kota Uji',
      otherAgency: 'Dinas Perhubungan Kota Uji',
      partner: 'Mitra Uji',
      officer: 'Petugas Disdukcapil',
      otherOfficer: 'Petugas Dishub',
      service: { name: 'Perekaman KTP-el' },
    });
    // Monday 7 December 2026, Bandung (WIB).
    at('2026-12-07T09:00:00');
    ideas.reviewed = (await postIdea(app, people.citizen, { agencyId: people.agency.id, title: 'Antrean KTP-el mengular sejak subuh' })).id;
    at('2026-12-07T10:00:00');
    ideas.ignored = (await postIdea(app, people.citizen, { serviceId: people.serviceId, title: 'Blanko KTP-el habis di kecamatan' })).id;
    at('2026-12-07T11:00:00');
    ideas.declined = (await postIdea(app, people.citizen, { agencyId: people.agency.id, title: 'Kantor tutup saat jam layanan' })).id;
  });
  afterAll(async () => {
    setTestTime(null);
    await app?.close();
  });

  it('starts three clocks on a problem addressed to an agency, due the end of the 3rd, 5th and 14th working day (Christmas skipped), and tells its officers', async () => {
    const clocks = await clocksOf(ideas.reviewed);
    expect(clocks.ACKNOWLEDGE).toMatchObject({ status: 'RUNNING', dueAt: endOfDayWib('2026-12-10'), workingDaysAllowed: 3, metAt: null });
    expect(clocks.REPLY).toMatchObject({ status: 'RUNNING', dueAt: endOfDayWib('2026-12-14'), workingDaysAllowed: 5 });
    expect(clocks.RESOLVE).toMatchObject({ status: 'RUNNING', dueAt: endOfDayWib('2026-12-28'), workingDaysAllowed: 14, fieldCheck: false });
    expect((await kindsOf(people.officer)).filter((notice: { kind: string }) => notice.kind === 'IDEA_ADDRESSED')).toHaveLength(3);
    expect((await kindsOf(people.otherOfficer)).map((notice: { kind: string }) => notice.kind)).not.toContain('IDEA_ADDRESSED');
    const solution = await postIdea(app, people.citizen, { kind: 'SOLUTION', agencyId: people.agency.id, title: 'Antrean daring untuk KTP-el' });
    expect(await clocksOf(solution.id)).toEqual({});
  });

  it('meets ACKNOWLEDGE on review and shows one past due as overdue by its working days', async () => {
    at('2026-12-09T14:00:00');
    expect((await app.graphql(review, { input: { ideaId: ideas.reviewed, status: 'UNDER_REVIEW' } }, { token: people.officer.token })).data?.reviewIdea.errors).toEqual([]);
    expect((await clocksOf(ideas.reviewed)).ACKNOWLEDGE).toMatchObject({ status: 'MET', workingDaysTaken: 2, workingDaysLate: 0 });

    at('2026-12-10T16:00:00');
    const declined = await app.graphql(review, { input: { ideaId: ideas.declined, status: 'DECLINED', reason: 'Jam layanan sudah diperbarui di papan pengumuman.' } }, { token: people.officer.token });
    expect(declined.data?.reviewIdea.errors).toEqual([]);
    const declinedClocks = await clocksOf(ideas.declined);
    expect(declinedClocks.ACKNOWLEDGE).toMatchObject({ status: 'MET', workingDaysTaken: 3 });
    expect(declinedClocks.RESOLVE).toMatchObject({ status: 'MET', workingDaysTaken: 3 });
    expect(declinedClocks.REPLY.status).toBe('RUNNING');

    // Friday: the ignored one's acknowledgement was due at the end of Thursday.
    at('2026-12-11T10:00:00');
    expect((await clocksOf(ideas.ignored)).ACKNOWLEDGE).toMatchObject({ status: 'OVERDUE', workingDaysLate: 1 });
    at('2026-12-15T10:00:00');
    expect((await clocksOf(ideas.ignored)).ACKNOWLEDGE).toMatchObject({ status: 'OVERDUE', workingDaysLate: 3 });
  });

  it('lets only an officer of the addressed agency mark an officer’s comment as its official reply, which stops REPLY and tells the author', async () => {
    at('2026-12-15T11:00:00');
    const officerComment = await commentAs(people.officer, ideas.reviewed, 'Kami menambah loket perekaman mulai Senin depan.');
    const citizenComment = await commentAs(people.citizen, ideas.reviewed, 'Terima kasih, kami tunggu.');
    const otherComment = await commentAs(people.otherOfficer, ideas.reviewed, 'Dishub menambah trayek angkot ke kantor.');
    const markAs = (who: SignedIn, commentId: string) => app.graphql(markOfficial, { input: { commentId } }, { token: who.token });
    const refusal = (response: Awaited<ReturnType<typeof markAs>>) => response.data?.markOfficialReply.errors.map((error: { code: string; field: string; messageKey: string }) => [error.code, error.field, error.messageKey]);

    expect(refusal(await markAs(people.citizen, officerComment))).toEqual([['INVALID', 'input.commentId', 'responses.refused.notOfficer']]);
    expect(refusal(await markAs(people.otherOfficer, officerComment))).toEqual([['INVALID', 'input.commentId', 'responses.refused.notOfficer']]);
    expect(refusal(await markAs(people.officer, citizenComment))).toEqual([['INVALID', 'input.commentId', 'responses.officialReply.refused.notByOfficer']]);
    expect(refusal(await markAs(people.officer, otherComment))).toEqual([['INVALID', 'input.commentId', 'responses.officialReply.refused.notByOfficer']]);
    expect((await clocksOf(ideas.reviewed)).REPLY.status).toBe('OVERDUE');

    const marked = await markAs(people.officer, officerComment);
    expect(marked.data?.markOfficialReply).toEqual({ comment: { id: officerComment, officialReplyOf: { id: people.agency.id, name: 'Disdukcapil Kota Uji' } }, errors: [] });
    expect(refusal(await markAs(people.officer, officerComment))).toEqual([['ALREADY_DONE', 'input.commentId', 'responses.officialReply.refused.already']]);
    // Due at the end of Monday the 14th, met on Tuesday: a working day late.
    expect((await clocksOf(ideas.reviewed)).REPLY).toMatchObject({ status: 'MET_LATE', workingDaysTaken: 6, workingDaysLate: 1 });
    const pinned = (await app.graphql(ideaResponses, { id: ideas.reviewed })).data!.idea.officialReplies;
    expect(pinned.map((comment: { id: string; officialReplyOf: { name: string } }) => [comment.id, comment.officialReplyOf.name])).toEqual([[officerComment, 'Disdukcapil Kota Uji']]);
    expect(await kindsOf(people.citizen)).toContainEqual(expect.objectContaining({ kind: 'OFFICIAL_REPLY', title: 'Antrean KTP-el mengular sejak subuh' }));
  });

  it('gives RESOLVE the field-check duration from the start when an officer asks for one, never for a citizen', async () => {
    const asked = (who: SignedIn, note = 'Perlu cek kapasitas ruang tunggu di lokasi.') => app.graphql(fieldCheck, { input: { ideaId: ideas.reviewed, note } }, { token: who.token });
    expect((await asked(people.citizen)).data?.requireFieldCheck.errors.map((error: { code: string; field: string }) => [error.code, error.field])).toEqual([['INVALID', 'input.ideaId']]);
    expect((await asked(people.officer, '')).data?.requireFieldCheck.errors.map((error: { field: string }) => error.field)).toEqual(['input.note']);
    const extended = await asked(people.officer);
    expect(extended.data?.requireFieldCheck.errors).toEqual([]);
    const resolve = (await clocksOf(ideas.reviewed)).RESOLVE;
    const sixtyWorkingDays = addWorkingDays(new Date('2026-12-07T09:00:00+07:00'), 60, { timeZone: 'Asia/Jakarta', jointLeaveDays: new Set() });
    expect(resolve).toMatchObject({ status: 'RUNNING', fieldCheck: true, workingDaysAllowed: 60, dueAt: sixtyWorkingDays.toISOString() });
    // 60 working days from 7 December 2026 run into March 2027, past the 14 days' 28 December.
    expect(resolve.dueAt.startsWith('2027-03')).toBe(true);
    expect((await asked(people.officer)).data?.requireFieldCheck.errors.map((error: { code: string }) => error.code)).toEqual(['NOT_ALLOWED_NOW']);
  });

  it('moves open deadlines when a platform admin decrees a joint leave day, and back when it is removed; others are refused', async () => {
    at('2026-12-21T09:00:00');
    ideas.overHoliday = (await postIdea(app, people.citizen, { agencyId: people.agency.id, title: 'Loket tutup menjelang Natal' })).id;
    expect((await clocksOf(ideas.overHoliday)).ACKNOWLEDGE.dueAt).toBe(endOfDayWib('2026-12-24'));

    const input = { date: '2026-12-24', note: 'Cuti bersama Natal' };
    expect((await app.graphql(addLeave, { input }, { token: people.owner.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await app.graphql(leaveDays, { year: 2026 }, { token: people.officer.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await app.graphql(addLeave, { input: { ...input, date: '2026-02-30' } }, { token: admin.token })).data?.addJointLeaveDay.errors.map((error: { field: string }) => error.field)).toEqual(['input.date']);
    const added = await app.graphql(addLeave, { input }, { token: admin.token });
    expect(added.data?.addJointLeaveDay.errors).toEqual([]);
    expect((await app.graphql(addLeave, { input }, { token: admin.token })).data?.addJointLeaveDay.errors.map((error: { code: string }) => error.code)).toEqual(['TAKEN']);
    // 22, 23, then the 24th off and Christmas: the third working day is Monday the 28th.
    expect((await clocksOf(ideas.overHoliday)).ACKNOWLEDGE.dueAt).toBe(endOfDayWib('2026-12-28'));
    const year = (await app.graphql(daysOff, { year: 2026 })).data!.daysOff;
    expect(year).toContainEqual({ date: '2026-12-24', name: 'Cuti bersama Natal', kind: 'JOINT_LEAVE' });
    expect(year).toContainEqual(expect.objectContaining({ date: '2026-08-17', kind: 'NATIONAL_HOLIDAY' }));

    const listed = (await app.graphql(leaveDays, { year: 2026 }, { token: admin.token })).data!.jointLeaveDays;
    expect(listed.map((day: { date: string }) => day.date)).toEqual(['2026-12-24']);
    expect((await app.graphql(removeLeave, { input: { jointLeaveDayId: listed[0].id } }, { token: people.officer.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await app.graphql(removeLeave, { input: { jointLeaveDayId: listed[0].id } }, { token: admin.token })).data?.removeJointLeaveDay).toEqual({ date: '2026-12-24', errors: [] });
    expect((await clocksOf(ideas.overHoliday)).ACKNOWLEDGE.dueAt).toBe(endOfDayWib('2026-12-24'));
  });

  it('shows the inbox to the agency’s officers only, what is due first first, with its filters and pages', async () => {
    at('2026-12-22T09:00:00');
    const read = (who: SignedIn | null, variables: Record<string, unknown> = {}) => app.graphql(inbox, { slug: people.agency.slug, ...variables }, { token: who?.token });
    expect((await read(null)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    for (const refused of [people.citizen, people.otherOfficer, people.staffMember]) expect((await read(refused)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const titles = (response: Awaited<ReturnType<typeof read>>) => response.data!.organization.inbox.edges.map((edge: { node: { title: string } }) => edge.node.title);
    // Open clocks: ignored (ACK due 10 Dec), reviewed (RESOLVE in March), over holiday (ACK 24 Dec); declined has only REPLY (14 Dec).
    expect(titles(await read(people.officer))).toEqual(['Blanko KTP-el habis di kecamatan', 'Kantor tutup saat jam layanan', 'Loket tutup menjelang Natal', 'Antrean KTP-el mengular sejak subuh']);
    expect(titles(await read(people.officer, { filter: { overdue: true } }))).toEqual(['Blanko KTP-el habis di kecamatan', 'Kantor tutup saat jam layanan']);
    expect(titles(await read(people.officer, { filter: { serviceId: people.serviceId } }))).toEqual(['Blanko KTP-el habis di kecamatan']);
    expect(titles(await read(people.officer, { filter: { status: 'UNDER_REVIEW' } }))).toEqual(['Antrean KTP-el mengular sejak subuh']);
    const first = await read(people.officer, { first: 2 });
    expect(first.data!.organization.inbox).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true } });
    const second = await read(people.officer, { first: 2, after: first.data!.organization.inbox.pageInfo.endCursor });
    expect(titles(second)).toEqual(['Loket tutup menjelang Natal', 'Antrean KTP-el mengular sejak subuh']);
    expect(second.data!.organization.inbox.pageInfo.hasNextPage).toBe(false);
  });

  it('flags each overdue clock to the officers once, for their daily digest', async () => {
    at('2026-12-22T10:00:00');
    expect(await flagOverdueResponses(app.server.services, new Date('2026-12-22T03:00:00Z'))).toBe(3);
    expect(await flagOverdueResponses(app.server.services, new Date('2026-12-22T03:00:00Z'))).toBe(0);
    const overdue = (await kindsOf(people.officer)).filter((notice: { kind: string }) => notice.kind === 'RESPONSES_OVERDUE');
    expect(overdue.map((notice: { title: string; text: string }) => `${notice.title}:${notice.text}`).sort()).toEqual([
      'Blanko KTP-el habis di kecamatan:ACKNOWLEDGE',
      'Blanko KTP-el habis di kecamatan:REPLY',
      'Kantor tutup saat jam layanan:REPLY',
    ]);
    expect((await kindsOf(people.citizen)).map((notice: { kind: string }) => notice.kind)).not.toContain('RESPONSES_OVERDUE');
  });

  it('misses RESOLVE by the working days past its deadline, and publishes a record equal to a count of the clocks', async () => {
    at('2026-12-29T10:00:00');
    const declined = await app.graphql(review, { input: { ideaId: ideas.ignored, status: 'DECLINED', reason: 'Blanko sudah dikirim ke semua kecamatan.' } }, { token: people.officer.token });
    expect(declined.data?.reviewIdea.errors).toEqual([]);
    const clocks = await clocksOf(ideas.ignored);
    expect(clocks.ACKNOWLEDGE).toMatchObject({ status: 'MET_LATE', workingDaysTaken: 15, workingDaysLate: 12 });
    expect(clocks.RESOLVE).toMatchObject({ status: 'MET_LATE', workingDaysTaken: 15, workingDaysLate: 1 });

    const steps = (await app.graphql(record, { slug: people.agency.slug })).data!.organization.responseRecord.steps;
    const counted: { step: string; decided: string; on_time: string }[] = await app.server.services.orm.em.fork().execute(
      `select step, count(*) filter (where met_at is not null or due_at <= ?) as decided, count(*) filter (where met_at < due_at) as on_time from response_clocks group by step order by step`,
      [new Date('2026-12-29T03:00:00Z')],
    );
    for (const row of counted) {
      const step = steps.find((entry: { step: string }) => entry.step === row.step);
      expect(step).toMatchObject({ decided: Number(row.decided), onTime: Number(row.on_time), shareOnTime: Number(row.on_time) / Number(row.decided) });
    }
    // ACKNOWLEDGE: reviewed (2 days, on time), declined (3, on time), ignored (15, late); over-holiday is due on the 24th and passed.
    expect(steps.find((entry: { step: string }) => entry.step === 'ACKNOWLEDGE')).toEqual({ step: 'ACKNOWLEDGE', decided: 4, onTime: 2, shareOnTime: 0.5, medianWorkingDays: 3 });
    // RESOLVE: declined (3 days, on time) and ignored (15, late); the field check and the one over the holidays still run.
    expect(steps.find((entry: { step: string }) => entry.step === 'RESOLVE')).toEqual({ step: 'RESOLVE', decided: 2, onTime: 1, shareOnTime: 0.5, medianWorkingDays: 9 });
  });

  it('lets the agency’s owner change its durations for clocks started afterwards, and refuses its officer', async () => {
    const input = { organizationId: people.agency.id, acknowledgeDays: 2, replyDays: 4, resolveDays: 10, fieldCheckDays: 40 };
    expect((await app.graphql(durations, { input }, { token: people.officer.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await app.graphql(durations, { input: { ...input, fieldCheckDays: 5 } }, { token: people.owner.token })).data?.updateResponseDurations.errors.map((error: { field: string }) => error.field)).toEqual(['input.fieldCheckDays']);
    const updated = await app.graphql(durations, { input }, { token: people.owner.token });
    expect(updated.errors).toBeUndefined();
    expect(updated.data?.updateResponseDurations).toEqual({ durations: { acknowledgeDays: 2, replyDays: 4, resolveDays: 10, fieldCheckDays: 40 }, errors: [] });
    at('2026-12-30T09:00:00');
    const later = await postIdea(app, people.citizen, { agencyId: people.agency.id, title: 'Server antrean daring sering mati' });
    // 31 December, then New Year's Day and the weekend: Monday 4 January 2027 is the second working day.
    expect((await clocksOf(later.id)).ACKNOWLEDGE).toMatchObject({ workingDaysAllowed: 2, dueAt: endOfDayWib('2027-01-04') });
    expect((await clocksOf(ideas.overHoliday)).ACKNOWLEDGE.workingDaysAllowed).toBe(3);
  });
});
