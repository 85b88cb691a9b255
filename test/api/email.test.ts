import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gatherDigests } from '../../apps/api/src/modules/notifications/gather-digests.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { plain, startMailbox, waitFor } from '../support/mailbox.js';
import { postIdea } from '../support/ideas.js';
import { signUp, type SignedIn } from '../support/people.js';

const updateSettings = `mutation ($input: UpdateNotificationSettingsInput!) { updateNotificationSettings(input: $input) { errors { code } } }`;
const addComment = `mutation ($input: AddCommentInput!) { addComment(input: $input) { comment { id } errors { code } } }`;

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
    expect(await gatherDigests(app.server.services.orm, new Date())).toBe(0);
    const tomorrow = new Date(Date.now() + 24 * 60 * 60 * 1000 + 60_000);
    expect(await gatherDigests(app.server.services.orm, tomorrow)).toBeGreaterThanOrEqual(1);
    expect(await gatherDigests(app.server.services.orm, tomorrow)).toBe(0);
    const digest = await waitFor(() => mailbox.received.find((message) => message.to.includes(person.email)));
    const text = plain(digest.raw);
    expect(text).toContain('2 kabar untuk Anda');
    expect(text.match(/Sari berkomentar di/g)).toHaveLength(2);
  });
});
