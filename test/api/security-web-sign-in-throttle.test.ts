import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { signUp } from '../support/people.js';

const login = `mutation ($input: LoginInput!) { login(input: $input) { token errors { code message } } }`;
const rightPassword = 'kata-sandi-rahasia';

type Attempt = { code: string; message?: string };

/** Signs in from `address` (the app trusts X-Forwarded-For, as behind a load balancer). */
async function signInFrom(app: TestApp, address: string, email: string, password: string): Promise<Attempt> {
  const response = await app.graphql(login, { input: { email, password } }, { headers: { 'x-forwarded-for': address } });
  const payload = response.data?.login;
  if (payload?.token) return { code: 'OK' };
  return { code: payload?.errors[0]?.code ?? String(response.errors?.[0]?.extensions?.code), message: payload?.errors[0]?.message };
}

const stores = process.env.REDIS_URL ? ['memory', 'redis'] : ['memory'];

describe.each(stores)('sign-in throttling never locks a person out on someone else’s behalf (%s)', (store) => {
  const apps: TestApp[] = [];
  const start = async (settings: Record<string, string> = {}) => {
    const environment: Record<string, string> = { TRUST_PROXY: '1', RATE_LIMIT_WRITES_PER_ADDRESS_PER_MINUTE: '10000', ...settings };
    if (store === 'redis') Object.assign(environment, { REDIS_URL: process.env.REDIS_URL!, REDIS_KEY_PREFIX: `test-${randomUUID()}:` });
    const app = await startTestApp({ environment });
    apps.push(app);
    return app;
  };
  let app: TestApp;
  beforeAll(async () => {
    // A delay long enough that a busy machine cannot outlast it between two attempts of one test.
    app = await start({ RATE_LIMIT_LOGIN_FIRST_DELAY_SECONDS: '120' });
  });
  afterAll(async () => {
    await Promise.all(apps.map((each) => each.close()));
  });

  it('a stranger’s wrong passwords slow only the stranger: the owner signs in at once from elsewhere', async () => {
    const owner = await signUp(app);
    const stranger: Attempt[] = [];
    for (let attempt = 0; attempt < 8; attempt += 1) stranger.push(await signInFrom(app, '198.51.100.7', owner.email, 'tebakan-salah-1'));
    expect(stranger.slice(0, 5).map((each) => each.code)).toEqual(Array(5).fill('WRONG_CREDENTIALS'));
    expect(stranger.at(-1)?.code).toBe('RATE_LIMITED');
    expect(await signInFrom(app, '203.0.113.20', owner.email, rightPassword)).toEqual({ code: 'OK' });
    // The stranger is still waiting, even with the right password: the delay is theirs.
    expect((await signInFrom(app, '198.51.100.7', owner.email, rightPassword)).code).toBe('RATE_LIMITED');
  });

  it('successful sign-ins never count against a shared address (carrier-grade NAT)', async () => {
    const people = await Promise.all([signUp(app), signUp(app), signUp(app), signUp(app)]);
    const codes: string[] = [];
    for (let round = 0; round < 10; round += 1) {
      for (const person of people) codes.push((await signInFrom(app, '100.64.0.1', person.email, rightPassword)).code);
    }
    expect(codes).toEqual(Array(40).fill('OK'));
  });

  it('growing delays for one account from one address, and a success clears them', async () => {
    const quick = await start({ RATE_LIMIT_LOGIN_FAILURES_PER_PAIR: '2', RATE_LIMIT_LOGIN_FIRST_DELAY_SECONDS: '1' });
    const person = await signUp(quick);
    const from = '192.0.2.33';
    expect((await signInFrom(quick, from, person.email, 'salah-1')).code).toBe('WRONG_CREDENTIALS');
    expect((await signInFrom(quick, from, person.email, 'salah-2')).code).toBe('WRONG_CREDENTIALS');
    expect(await signInFrom(quick, from, person.email, rightPassword)).toMatchObject({ code: 'RATE_LIMITED', message: expect.stringContaining('1 second') });
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect((await signInFrom(quick, from, person.email, 'salah-3')).code).toBe('WRONG_CREDENTIALS');
    expect(await signInFrom(quick, from, person.email, rightPassword)).toMatchObject({ code: 'RATE_LIMITED', message: expect.stringContaining('2 second') });
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    expect((await signInFrom(quick, from, person.email, rightPassword)).code).toBe('OK');
    expect((await signInFrom(quick, from, person.email, 'salah-4')).code).toBe('WRONG_CREDENTIALS');
    expect((await signInFrom(quick, from, person.email, rightPassword)).code).toBe('OK');
  });

  it('an account attacked from many addresses slows only addresses it never signed in from; its owner at home goes in', async () => {
    const guarded = await start({ RATE_LIMIT_LOGIN_FAILURES_PER_ACCOUNT: '5' });
    const owner = await signUp(guarded);
    expect((await signInFrom(guarded, '203.0.113.50', owner.email, rightPassword)).code).toBe('OK');
    for (let bot = 1; bot <= 6; bot += 1) await signInFrom(guarded, `198.51.100.${bot}`, owner.email, `tebakan-${bot}`);
    expect((await signInFrom(guarded, '198.51.100.99', owner.email, rightPassword)).code).toBe('RATE_LIMITED');
    expect((await signInFrom(guarded, '203.0.113.50', owner.email, rightPassword)).code).toBe('OK');
    // The owner's own wrong password at home does not feed the account's limit either.
    expect((await signInFrom(guarded, '203.0.113.50', owner.email, 'salah-ketik')).code).toBe('WRONG_CREDENTIALS');
    expect((await signInFrom(guarded, '203.0.113.50', owner.email, rightPassword)).code).toBe('OK');
  });

  it('an address is refused only after many failures, and only for accounts that never signed in from it', async () => {
    const shared = await start({ RATE_LIMIT_LOGIN_FAILURES_PER_ADDRESS: '5' });
    const [regular, newcomer] = await Promise.all([signUp(shared), signUp(shared)]);
    const office = '100.64.9.9';
    expect((await signInFrom(shared, office, regular.email, rightPassword)).code).toBe('OK');
    for (let guess = 0; guess < 5; guess += 1) await signInFrom(shared, office, `tidak-ada-${guess}@example.id`, 'tebakan');
    expect((await signInFrom(shared, office, newcomer.email, rightPassword)).code).toBe('RATE_LIMITED');
    expect((await signInFrom(shared, office, regular.email, rightPassword)).code).toBe('OK');
    expect((await signInFrom(shared, '203.0.113.77', newcomer.email, rightPassword)).code).toBe('OK');
  });
});
