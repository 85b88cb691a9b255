import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { signUp } from '../support/people.js';

const register = `mutation ($input: RegisterInput!) { register(input: $input) { token viewer { id displayName email } errors { code field message } } }`;
const login = `mutation ($input: LoginInput!) { login(input: $input) { token viewer { id email } errors { code field message } } }`;
const viewer = `{ viewer { id displayName email } }`;

describe('accounts', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ environment: { RATE_LIMIT_LOGIN_FAILURES_PER_ACCOUNT: '3' } });
  });
  afterAll(() => app?.close());

  it('registers, signs in, and knows the viewer by bearer token and by cookie', async () => {
    const input = { email: 'Siti.Rahayu@Example.id', password: 'kata-sandi-rahasia', displayName: 'Siti Rahayu', acceptPrivacyPolicy: true };
    const registered = await app.graphql(register, { input });
    expect(registered.data?.register.errors).toEqual([]);
    expect(registered.data?.register.viewer).toMatchObject({ displayName: 'Siti Rahayu', email: 'siti.rahayu@example.id' });

    const signedIn = await app.graphql(login, { input: { email: 'siti.rahayu@example.id', password: 'kata-sandi-rahasia' } });
    const token = signedIn.data?.login.token as string;
    expect(token).toEqual(expect.any(String));
    const cookie = signedIn.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/gotong_session=[^;]+;.*HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);

    const byBearer = await app.graphql(viewer, {}, { token });
    expect(byBearer.data?.viewer).toMatchObject({ displayName: 'Siti Rahayu', email: 'siti.rahayu@example.id' });
    const byCookie = await app.graphql(viewer, {}, { cookie: cookie.split(';')[0] });
    expect(byCookie.data?.viewer.id).toBe(byBearer.data?.viewer.id);
    expect((await app.graphql(viewer)).data?.viewer).toBeNull();
  });

  it('refuses a duplicate email with a UserError on the email field', async () => {
    const input = { email: 'dua@example.id', password: 'kata-sandi-rahasia', displayName: 'Pertama', acceptPrivacyPolicy: true };
    expect((await app.graphql(register, { input })).data?.register.errors).toEqual([]);
    const again = await app.graphql(register, { input: { ...input, email: 'DUA@example.id' } });
    expect(again.data?.register).toMatchObject({ token: null, errors: [{ code: 'TAKEN', field: 'input.email' }] });
  });

  it('needs explicit consent and valid fields to register', async () => {
    const noConsent = await app.graphql(register, {
      input: { email: 'tanpa@example.id', password: 'kata-sandi-rahasia', displayName: 'Tanpa', acceptPrivacyPolicy: false },
    });
    expect(noConsent.data?.register.errors).toEqual([expect.objectContaining({ code: 'CONSENT_REQUIRED', field: 'input.acceptPrivacyPolicy' })]);
    const bad = await app.graphql(register, { input: { email: 'bukan-email', password: 'pendek', displayName: 'x'.repeat(81), acceptPrivacyPolicy: true } });
    const fields = bad.data?.register.errors.map((error: { field: string }) => error.field).sort();
    expect(fields).toEqual(['input.displayName', 'input.email', 'input.password']);
  });

  it('gives a wrong password a UserError and locks the account after repeated failures', async () => {
    const person = await signUp(app);
    const wrong = await app.graphql(login, { input: { email: person.email, password: 'salah-sandi-123' } });
    expect(wrong.data?.login).toMatchObject({ token: null, errors: [{ code: 'WRONG_CREDENTIALS' }] });
    await app.graphql(login, { input: { email: person.email, password: 'salah-sandi-123' } });
    await app.graphql(login, { input: { email: person.email, password: 'salah-sandi-123' } });
    const locked = await app.graphql(login, { input: { email: person.email, password: 'kata-sandi-rahasia' } });
    expect(locked.data?.login).toMatchObject({ token: null, errors: [{ code: 'RATE_LIMITED' }] });
  });

  it('ends the session on logout, for bearer tokens too', async () => {
    const person = await signUp(app);
    const out = await app.graphql(`mutation { logout { loggedOut errors { code } } }`, {}, { token: person.token });
    expect(out.data?.logout.loggedOut).toBe(true);
    expect((await app.graphql(viewer, {}, { token: person.token })).data?.viewer).toBeNull();
    const anonymous = await app.graphql(`mutation { logout { loggedOut } }`);
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('updates the profile of the signed-in person only', async () => {
    const update = `mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { user { displayName bio locale } errors { code field } } }`;
    const anonymous = await app.graphql(update, { input: { displayName: 'Siapa' } });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const person = await signUp(app);
    const updated = await app.graphql(update, { input: { displayName: 'Budi S.', bio: 'Pedagang', locale: 'en' } }, { token: person.token });
    expect(updated.data?.updateProfile).toEqual({ user: { displayName: 'Budi S.', bio: 'Pedagang', locale: 'en' }, errors: [] });
    const tooLong = await app.graphql(update, { input: { displayName: 'x'.repeat(500) } }, { token: person.token });
    expect(tooLong.data?.updateProfile.errors).toEqual([{ code: 'TOO_LONG', field: 'input.displayName' }]);
    expect((await app.graphql(viewer, {}, { token: person.token })).data?.viewer.displayName).toBe('Budi S.');
  });

  it('shows a person’s email only to themselves', async () => {
    const siti = await signUp(app);
    const budi = await signUp(app);
    const query = `query ($id: ID!) { node(id: $id) { ... on User { email displayName } } }`;
    expect((await app.graphql(query, { id: siti.id }, { token: budi.token })).data?.node.email).toBeNull();
    expect((await app.graphql(query, { id: siti.id }, { token: siti.token })).data?.node.email).toBe(siti.email);
  });
});
