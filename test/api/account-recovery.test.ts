import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { postIdea, postIdeaMutation } from '../support/ideas.js';
import { startMailbox, tokenMailedTo, waitFor, type Mailbox } from '../support/mailbox.js';
import { signIn, signUp, type SignedIn } from '../support/people.js';

const password = 'kata-sandi-rahasia';
const viewerQuery = '{ viewer { id email emailConfirmed } }';
const changePassword = `mutation ($input: ChangePasswordInput!) { changePassword(input: $input) { changed endedSessions errors { code field } } }`;
const requestReset = `mutation ($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { requested errors { code field } } }`;
const resetPassword = `mutation ($input: ResetPasswordInput!) { resetPassword(input: $input) { reset errors { code field } } }`;
const confirmEmail = `mutation ($input: ConfirmEmailInput!) { confirmEmail(input: $input) { confirmed errors { code field } } }`;
const resend = `mutation { resendEmailConfirmation { sent errors { code } } }`;
const changeEmail = `mutation ($input: ChangeEmailInput!) { changeEmail(input: $input) { pendingEmail errors { code field } } }`;
const sessions = `{ sessions(first: 10) { totalCount edges { node { id device current lastUsedAt } } } }`;
const endSession = `mutation ($input: EndSessionInput!) { endSession(input: $input) { endedSessions errors { code field } } }`;
const createToken = `mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret errors { code field } } }`;
const firefox = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0';
const android = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36';

async function signInWith(app: TestApp, email: string, secret: string, userAgent?: string): Promise<string | null> {
  const response = await app.graphql(
    `mutation ($input: LoginInput!) { login(input: $input) { token } }`,
    { input: { email, password: secret } },
    { headers: userAgent ? { 'user-agent': userAgent } : {} },
  );
  return response.data?.login.token ?? null;
}

const viewerId = async (app: TestApp, token: string) => (await app.graphql(viewerQuery, {}, { token })).data?.viewer?.id ?? null;

describe('accounts: password, reset, confirmation, email change, sessions', () => {
  let mailbox: Mailbox;
  let app: TestApp;

  beforeAll(async () => {
    mailbox = await startMailbox();
    app = await startTestApp({ environment: { SMTP_URL: `smtp://127.0.0.1:${mailbox.port}`, EMAIL_POLL_MS: '100', REQUIRE_EMAIL_CONFIRMATION: '1', RATE_LIMIT_ACCOUNT_EMAILS_PER_ADDRESS: '100' } });
  });
  afterAll(async () => {
    await app?.close();
    await mailbox?.close();
  });

  const confirmed = async (name?: string): Promise<SignedIn> => {
    const person = await signUp(app, name);
    const token = await tokenMailedTo(mailbox, person.email, '/konfirmasi-email');
    expect((await app.graphql(confirmEmail, { input: { token } })).data?.confirmEmail).toEqual({ confirmed: true, errors: [] });
    return person;
  };

  it('changes the password with the current one and ends every other session, not this one', async () => {
    const person = await confirmed();
    const elsewhere = (await signInWith(app, person.email, password))!;
    expect((await app.graphql(changePassword, { input: { currentPassword: password, newPassword: 'sandi-baru-panjang' } })).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    const wrong = await app.graphql(changePassword, { input: { currentPassword: 'bukan-sandinya', newPassword: 'sandi-baru-panjang' } }, { token: person.token });
    expect(wrong.data?.changePassword).toEqual({ changed: false, endedSessions: 0, errors: [{ code: 'WRONG_CREDENTIALS', field: 'input.currentPassword' }] });
    const short = await app.graphql(changePassword, { input: { currentPassword: password, newPassword: 'pendek' } }, { token: person.token });
    expect(short.data?.changePassword.errors).toEqual([{ code: 'TOO_SHORT', field: 'input.newPassword' }]);
    const apiToken = (await app.graphql(createToken, { input: { name: 'Skrip', scopes: ['READ', 'WRITE'], expiresAt: new Date(Date.now() + 86_400_000).toISOString() } }, { token: person.token })).data?.createApiToken.secret;
    const byToken = await app.graphql(changePassword, { input: { currentPassword: password, newPassword: 'sandi-baru-panjang' } }, { token: apiToken });
    expect(byToken.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const changed = await app.graphql(changePassword, { input: { currentPassword: password, newPassword: 'sandi-baru-panjang' } }, { token: person.token });
    expect(changed.data?.changePassword).toEqual({ changed: true, endedSessions: 1, errors: [] });
    expect(await viewerId(app, elsewhere)).toBeNull();
    expect(await viewerId(app, person.token)).toBe(person.id);
    expect(await signInWith(app, person.email, password)).toBeNull();
    expect(await signInWith(app, person.email, 'sandi-baru-panjang')).not.toBeNull();
  });

  it('resets a forgotten password with the mailed token: once, within the hour, for its own account only', async () => {
    const person = await confirmed();
    const other = await confirmed();
    const secondSession = (await signInWith(app, person.email, password))!;
    const unknown = await app.graphql(requestReset, { input: { email: 'tidak-ada@example.id' } });
    const known = await app.graphql(requestReset, { input: { email: person.email.toUpperCase() } });
    expect(unknown.data).toEqual(known.data);
    expect(known.data?.requestPasswordReset).toEqual({ requested: true, errors: [] });
    const token = await tokenMailedTo(mailbox, person.email, '/atur-ulang-sandi');

    const forOther = await app.graphql(resetPassword, { input: { email: other.email, token, newPassword: 'sandi-pemulihan-1' } });
    expect(forOther.data?.resetPassword).toEqual({ reset: false, errors: [{ code: 'INVALID_TOKEN', field: 'input.token' }] });
    expect(await signInWith(app, other.email, password)).not.toBeNull();

    const reset = await app.graphql(resetPassword, { input: { email: person.email, token, newPassword: 'sandi-pemulihan-1' } });
    expect(reset.data?.resetPassword).toEqual({ reset: true, errors: [] });
    expect(await viewerId(app, person.token)).toBeNull();
    expect(await viewerId(app, secondSession)).toBeNull();
    expect(await signInWith(app, person.email, 'sandi-pemulihan-1')).not.toBeNull();

    const twice = await app.graphql(resetPassword, { input: { email: person.email, token, newPassword: 'sandi-pemulihan-2' } });
    expect(twice.data?.resetPassword.errors).toEqual([{ code: 'INVALID_TOKEN', field: 'input.token' }]);
    expect(await signInWith(app, person.email, 'sandi-pemulihan-2')).toBeNull();
  });

  it('refuses an expired reset token, and an earlier one once a new one is sent', async () => {
    const person = await confirmed();
    const mailed = mailbox.received.length;
    await app.graphql(requestReset, { input: { email: person.email } });
    const expired = await tokenMailedTo(mailbox, person.email, '/atur-ulang-sandi', mailed);
    const em = app.server.services.orm.em.fork();
    await em.execute(`update account_tokens set expires_at = now() - interval '1 second' where user_id = ? and purpose = 'PASSWORD_RESET' and used_at is null`, [
      Buffer.from(person.id, 'base64url').toString().split(':')[1],
    ]);
    const late = await app.graphql(resetPassword, { input: { email: person.email, token: expired, newPassword: 'sandi-terlambat' } });
    expect(late.data?.resetPassword.errors).toEqual([{ code: 'INVALID_TOKEN', field: 'input.token' }]);

    const before = mailbox.received.length;
    await app.graphql(requestReset, { input: { email: person.email } });
    const first = await tokenMailedTo(mailbox, person.email, '/atur-ulang-sandi', before);
    const between = mailbox.received.length;
    await app.graphql(requestReset, { input: { email: person.email } });
    const second = await tokenMailedTo(mailbox, person.email, '/atur-ulang-sandi', between);
    expect((await app.graphql(resetPassword, { input: { email: person.email, token: first, newPassword: 'sandi-pertama' } })).data?.resetPassword.reset).toBe(false);
    expect((await app.graphql(resetPassword, { input: { email: person.email, token: second, newPassword: 'sandi-kedua-ok' } })).data?.resetPassword.reset).toBe(true);
  });

  it('limits reset requests per address, whether or not it has an account', async () => {
    const person = await confirmed();
    const answers = [];
    for (const email of [person.email, 'belum-terdaftar@example.id']) {
      for (let attempt = 0; attempt < 4; attempt += 1) answers.push((await app.graphql(requestReset, { input: { email } })).data?.requestPasswordReset);
    }
    // Three requests pass for each address (the confirmed() helper's mail does not count: it was no request).
    expect(answers.map((answer) => answer.errors[0]?.code ?? 'OK')).toEqual(['OK', 'OK', 'OK', 'RATE_LIMITED', 'OK', 'OK', 'OK', 'RATE_LIMITED']);
    const invalid = await app.graphql(requestReset, { input: { email: 'bukan email' } });
    expect(invalid.data?.requestPasswordReset.errors).toEqual([{ code: 'INVALID', field: 'input.email' }]);
  });

  it('holds back ideas, votes, comments and discussions until the email is confirmed', async () => {
    const author = await confirmed();
    const idea = await postIdea(app, author);
    const person = await signUp(app, 'Belum Konfirmasi');
    expect((await app.graphql(viewerQuery, {}, { token: person.token })).data?.viewer.emailConfirmed).toBe(false);
    const refusals = [
      (await app.graphql(postIdeaMutation, { input: { kind: 'PROBLEM', title: 'Lampu jalan padam', body: 'Sudah sebulan lampu jalan di gang kami padam.' } }, { token: person.token })).data?.postIdea,
      (await app.graphql(`mutation ($input: VoteIdeaInput!) { voteIdea(input: $input) { errors { code message } } }`, { input: { ideaId: idea.id } }, { token: person.token })).data?.voteIdea,
      (await app.graphql(`mutation ($input: AddCommentInput!) { addComment(input: $input) { errors { code message } } }`, { input: { subjectId: idea.id, body: 'Setuju.' } }, { token: person.token })).data?.addComment,
      (await app.graphql(`mutation ($input: StartDiscussionInput!) { startDiscussion(input: $input) { errors { code message } } }`, { input: { title: 'Diskusi baru', body: 'Mari berdiskusi.', category: 'GENERAL' } }, { token: person.token })).data?.startDiscussion,
    ];
    for (const refusal of refusals) expect(refusal.errors).toEqual([expect.objectContaining({ code: 'EMAIL_NOT_CONFIRMED', message: expect.stringContaining('Confirm your email') })]);

    const first = await tokenMailedTo(mailbox, person.email, '/konfirmasi-email');
    const before = mailbox.received.length;
    expect((await app.graphql(resend, {}, { token: person.token })).data?.resendEmailConfirmation).toEqual({ sent: true, errors: [] });
    const token = await tokenMailedTo(mailbox, person.email, '/konfirmasi-email', before);
    for (const refused of ['tebakan', first]) {
      expect((await app.graphql(confirmEmail, { input: { token: refused } })).data?.confirmEmail.errors).toEqual([{ code: 'INVALID_TOKEN', field: 'input.token' }]);
    }
    expect((await app.graphql(confirmEmail, { input: { token } })).data?.confirmEmail).toEqual({ confirmed: true, errors: [] });
    expect((await app.graphql(confirmEmail, { input: { token } })).data?.confirmEmail.errors).toEqual([{ code: 'INVALID_TOKEN', field: 'input.token' }]);
    expect((await app.graphql(resend, {}, { token: person.token })).data?.resendEmailConfirmation.errors).toEqual([{ code: 'ALREADY_DONE' }]);
    expect((await app.graphql(resend)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    await postIdea(app, person, { title: 'Lampu jalan padam di gang kami' });
    expect((await app.graphql('{ emailConfirmationRequired }')).data?.emailConfirmationRequired).toBe(true);
  });

  it('changes the email only once the link sent to the new address is opened', async () => {
    const person = await confirmed();
    const other = await confirmed();
    const newEmail = `baru-${person.email}`;
    expect((await app.graphql(changeEmail, { input: { newEmail, password: 'salah-sandinya' } }, { token: person.token })).data?.changeEmail.errors).toEqual([
      { code: 'WRONG_CREDENTIALS', field: 'input.password' },
    ]);
    expect((await app.graphql(changeEmail, { input: { newEmail: other.email, password } }, { token: person.token })).data?.changeEmail.errors).toEqual([
      { code: 'TAKEN', field: 'input.newEmail' },
    ]);
    expect((await app.graphql(changeEmail, { input: { newEmail, password } })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const asked = await app.graphql(changeEmail, { input: { newEmail, password } }, { token: person.token });
    expect(asked.data?.changeEmail).toEqual({ pendingEmail: newEmail, errors: [] });
    expect((await app.graphql('{ viewer { email pendingEmail } }', {}, { token: person.token })).data?.viewer).toEqual({ email: person.email, pendingEmail: newEmail });
    const token = await tokenMailedTo(mailbox, newEmail, '/konfirmasi-email');
    expect((await app.graphql(confirmEmail, { input: { token } })).data?.confirmEmail.confirmed).toBe(true);
    expect((await app.graphql('{ viewer { email pendingEmail } }', {}, { token: person.token })).data?.viewer).toEqual({ email: newEmail, pendingEmail: null });
    expect(await signInWith(app, newEmail, password)).not.toBeNull();
    expect(await signInWith(app, person.email, password)).toBeNull();
    await waitFor(() => mailbox.received.find((message) => message.to.includes(person.email) && message.raw.includes('Gotong: email akun Anda telah diganti')));
  });

  it('lists the sessions with their device, ends one or all the others, never another person’s', async () => {
    const person = await confirmed();
    const current = (await signInWith(app, person.email, password, firefox))!;
    const phone = (await signInWith(app, person.email, password, android))!;
    const listed = (await app.graphql(sessions, {}, { token: current })).data?.sessions;
    expect(listed.totalCount).toBe(3);
    const devices = listed.edges.map(({ node }: { node: { device: string | null; current: boolean } }) => [node.device, node.current]);
    expect(devices).toContainEqual(['Firefox 128 · Windows 10', true]);
    expect(devices).toContainEqual(['Chrome 120 · Android 14', false]);
    const phoneSession = listed.edges.find(({ node }: { node: { device: string } }) => node.device?.startsWith('Chrome')).node.id;
    const currentSession = listed.edges.find(({ node }: { node: { current: boolean } }) => node.current).node.id;

    expect((await app.graphql(sessions)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const stranger = await confirmed();
    expect((await app.graphql(endSession, { input: { id: phoneSession } }, { token: stranger.token })).data?.endSession.errors).toEqual([{ code: 'NOT_FOUND', field: 'input.id' }]);
    expect(await viewerId(app, phone)).toBe(person.id);
    expect((await app.graphql(endSession, { input: { id: currentSession } }, { token: current })).data?.endSession.errors).toEqual([{ code: 'NOT_ALLOWED_NOW', field: 'input.id' }]);

    expect((await app.graphql(endSession, { input: { id: phoneSession } }, { token: current })).data?.endSession).toEqual({ endedSessions: 1, errors: [] });
    expect(await viewerId(app, phone)).toBeNull();
    expect((await app.graphql(endSession, { input: { allOthers: true } }, { token: current })).data?.endSession).toEqual({ endedSessions: 1, errors: [] });
    expect(await viewerId(app, person.token)).toBeNull();
    expect(await viewerId(app, current)).toBe(person.id);
  });

  it('signs in the demo-style admin of ADMIN_EMAIL as confirmed', async () => {
    const admin = await signIn(app, 'admin@test.gotong.id', 'admin-password-123');
    expect((await app.graphql(viewerQuery, {}, { token: admin.token })).data?.viewer.emailConfirmed).toBe(true);
  });
});
