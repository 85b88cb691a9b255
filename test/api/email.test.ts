import { RequestPasswordResetDocument, UpdateProfileDocument } from '@gotong/graphql-client';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gatherDigests } from '../../apps/api/src/modules/notifications/gather-digests.js';
import { startTestApp, testAdmin, type TestApp } from '../support/app.js';
import { plain, startMailbox, waitFor, type Received } from '../support/mailbox.js';
import { postIdea, reviewMutation } from '../support/ideas.js';
import { createOrganization, signIn, signUp, type SignedIn } from '../support/people.js';

const updateSettings = `mutation ($input: UpdateNotificationSettingsInput!) { updateNotificationSettings(input: $input) { errors { code } } }`;
const addComment = `mutation ($input: AddCommentInput!) { addComment(input: $input) { comment { id } errors { code } } }`;
const updateProfile = print(UpdateProfileDocument);
const requestPasswordReset = print(RequestPasswordResetDocument);

/** The subject line of a received message, its encoded words decoded. */
function subjectOf(message: Received): string {
  const header = message.raw.split(/\r\n\r\n/)[0].replace(/\r\n[ \t]+/g, ' ');
  const subject = header.match(/^Subject: (.*)$/m)?.[1] ?? '';
  return subject.replace(/=\?utf-8\?([QB])\?([^?]*)\?=\s*/gi, (_word, encoding: string, text: string) =>
    encoding.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64').toString('utf8')
      : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8'),
  );
}

/** The body of a received message as text (quoted-printable undone, UTF-8 read). */
function bodyOf(message: Received): string {
  return Buffer.from(plain(message.raw.split(/\r\n\r\n/).slice(1).join('\n\n')), 'latin1').toString('utf8');
}

describe('notification emails through SMTP', () => {
  let mailbox: Awaited<ReturnType<typeof startMailbox>>;
  let app: TestApp;

  beforeAll(async () => {
    mailbox = await startMailbox();
    app = await startTestApp({ environment: { SMTP_URL: `smtp://127.0.0.1:${mailbox.port}`, EMAIL_POLL_MS: '100', MAIL_FROM: 'Gotong <kabar@gotong.test>' } });
  });
  afterAll(async () => {
    await app?.close();
    await mailbox?.close();
  });

  const replyTo = async (person: SignedIn) => {
    const idea = await postIdea(app, person, { title: 'Jembatan desa rusak' });
    const first = await app.graphql(addComment, { input: { subjectId: idea.id, body: 'Mohon segera diperbaiki.' } }, { token: person.token });
    const replier = await signUp(app, 'Rudi Hartono');
    await app.graphql(addComment, { input: { subjectId: idea.id, parentId: first.data?.addComment.comment.id, body: 'Sudah dilaporkan ke dinas.' } }, { token: replier.token });
  };

  it('emails at once the kinds a person asked for, and nothing for the others', async () => {
    const person = await signUp(app);
    const bystander = await signUp(app);
    await app.graphql(updateSettings, { input: { settings: [{ kind: 'COMMENT_REPLY', delivery: 'EMAIL_AT_ONCE' }] } }, { token: person.token });
    await replyTo(bystander);
    await replyTo(person);
    const email = await waitFor(() => mailbox.received.find((message) => message.to.includes(person.email)));
    expect(plain(email.raw)).toContain('Rudi Hartono membalas komentar Anda di');
    expect(email.raw).toContain('kabar@gotong.test');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(mailbox.received.filter((message) => message.to.includes(bystander.email))).toEqual([]);
  });

  it('keeps an email that could not be sent in the queue across a restart, and sends it once SMTP is back', async () => {
    const person = await signUp(app);
    await app.graphql(updateSettings, { input: { settings: [{ kind: 'COMMENT_REPLY', delivery: 'EMAIL_AT_ONCE' }] } }, { token: person.token });
    const { port } = mailbox;
    await mailbox.close();
    await replyTo(person);
    await new Promise((resolve) => setTimeout(resolve, 500));
    await app.restart();
    mailbox = await startMailbox(port);
    const email = await waitFor(() => mailbox.received.find((message) => message.to.includes(person.email)), 15_000);
    expect(plain(email.raw)).toContain('membalas komentar Anda');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(mailbox.received.filter((message) => message.to.includes(person.email))).toHaveLength(1);
  });

  it('gathers a daily digest into one email when it is due, not before', async () => {
    const person = await signUp(app);
    await app.graphql(updateSettings, { input: { settings: [{ kind: 'FOLLOWED_COMMENT', delivery: 'DAILY_DIGEST' }] } }, { token: person.token });
    const idea = await postIdea(app, await signUp(app), { title: 'Taman kota tanpa lampu' });
    await app.graphql(`mutation ($input: FollowInput!) { follow(input: $input) { errors { code } } }`, { input: { subjectId: idea.id } }, { token: person.token });
    for (const body of ['Gelap sekali malam hari.', 'Setuju, rawan.']) {
      await app.graphql(addComment, { input: { subjectId: idea.id, body } }, { token: (await signUp(app, 'Sari')).token });
    }
    expect(await gatherDigests(app.server.services, new Date())).toBe(0);
    const tomorrow = new Date(Date.now() + 24 * 60 * 60 * 1000 + 60_000);
    expect(await gatherDigests(app.server.services, tomorrow)).toBeGreaterThanOrEqual(1);
    expect(await gatherDigests(app.server.services, tomorrow)).toBe(0);
    const digest = await waitFor(() => mailbox.received.find((message) => message.to.includes(person.email)));
    const text = plain(digest.raw);
    expect(text).toContain('2 kabar untuk Anda');
    expect(text.match(/Sari berkomentar di/g)).toHaveLength(2);
  });

  it("writes every email in its recipient's language, with stored codes in words and a link to open", async () => {
    const admin = await signIn(app, testAdmin.email, testAdmin.password);
    const officer = await signUp(app, 'Petugas Dukcapil');
    const agency = await createOrganization(app, officer, admin, { name: 'Disdukcapil Kota Surel', kind: 'AGENCY' });
    const indonesian = await signUp(app, 'Siti Warga');
    const english = await signUp(app, 'Jane Resident');
    expect((await app.graphql(updateProfile, { input: { locale: 'en' } }, { token: english.token })).data?.updateProfile.errors).toEqual([]);
    for (const person of [indonesian, english]) {
      await app.graphql(updateSettings, { input: { settings: [{ kind: 'IDEA_REVIEWED', delivery: 'EMAIL_AT_ONCE' }] } }, { token: person.token });
      const idea = await postIdea(app, person, { title: 'Antrean KTP di kecamatan', agencyId: agency.id });
      expect((await app.graphql(reviewMutation, { input: { ideaId: idea.id, status: 'UNDER_REVIEW' } }, { token: officer.token })).data?.reviewIdea.errors).toEqual([]);
      await app.graphql(requestPasswordReset, { input: { email: person.email } });
    }
    const mailTo = (person: SignedIn, subject: string) => waitFor(() => mailbox.received.find((message) => message.to.includes(person.email) && subjectOf(message) === subject));

    const reviewedId = await mailTo(indonesian, 'Gagasan Anda “Antrean KTP di kecamatan” telah ditinjau: Sedang ditinjau');
    expect(bodyOf(reviewedId)).toMatch(/Buka Gotong untuk melihatnya: http:\/\/[^/\s]+\/notifikasi/);
    const reviewedEn = await mailTo(english, 'Your idea “Antrean KTP di kecamatan” was reviewed: Under review');
    expect(bodyOf(reviewedEn)).toMatch(/Open Gotong to see it: http:\/\/[^/\s]+\/notifikasi/);
    expect(bodyOf(reviewedEn)).not.toContain('UNDER_REVIEW');

    const resetId = await mailTo(indonesian, 'Gotong: atur ulang kata sandi');
    expect(bodyOf(resetId)).toContain('Halo Siti Warga,');
    expect(bodyOf(resetId)).toMatch(/\/atur-ulang-sandi\?token=/);
    const resetEn = await mailTo(english, 'Gotong: reset your password');
    expect(bodyOf(resetEn)).toContain('Hello Jane Resident,');
    expect(bodyOf(resetEn)).toContain('Open this link within one hour');
  });
});
