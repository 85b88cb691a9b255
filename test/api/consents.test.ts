import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { signUp } from '../support/people.js';

const setConsent = `mutation ($input: SetConsentInput!) { setConsent(input: $input) { consents { purpose given policyVersion } errors { code } } }`;
const bioOf = `query ($id: ID!) { node(id: $id) { ... on User { bio } } }`;
const updateSettings = `mutation ($input: UpdateNotificationSettingsInput!) { updateNotificationSettings(input: $input) { settings { kind delivery } errors { code } } }`;
const settings = `{ notificationSettings { kind delivery } }`;

describe('optional consents (UU 27/2022): given, withdrawn, given again, each in the ledger', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app?.close());

  it('shows "about me" to others only while the person consents to a public profile', async () => {
    const person = await signUp(app, 'Rina Profil');
    const visitor = await signUp(app);
    await app.graphql(`mutation { updateProfile(input: { bio: "Guru SD di Bantul." }) { errors { code } } }`, {}, { token: person.token });
    expect((await app.graphql(bioOf, { id: person.id }, { token: visitor.token })).data?.node.bio).toBe('');
    expect((await app.graphql(bioOf, { id: person.id }, { token: person.token })).data?.node.bio).toBe('Guru SD di Bantul.');

    const given = await app.graphql(setConsent, { input: { purpose: 'PUBLIC_PROFILE', given: true } }, { token: person.token });
    expect(given.data?.setConsent.consents).toContainEqual({ purpose: 'PUBLIC_PROFILE', given: true, policyVersion: '2026-11-01' });
    expect((await app.graphql(bioOf, { id: person.id })).data?.node.bio).toBe('Guru SD di Bantul.');

    await app.graphql(setConsent, { input: { purpose: 'PUBLIC_PROFILE', given: false } }, { token: person.token });
    expect((await app.graphql(bioOf, { id: person.id }, { token: visitor.token })).data?.node.bio).toBe('');
    await app.graphql(setConsent, { input: { purpose: 'PUBLIC_PROFILE', given: true } }, { token: person.token });

    const ledger = (await app.graphql(`mutation { exportMyData { data } }`, {}, { token: person.token })).data?.exportMyData.data.consents;
    expect(ledger.filter((entry: { purpose: string }) => entry.purpose === 'PUBLIC_PROFILE')).toEqual([
      expect.objectContaining({ policyVersion: '2026-11-01', givenAt: expect.any(String), withdrawnAt: expect.any(String) }),
      expect.objectContaining({ policyVersion: '2026-11-01', withdrawnAt: null }),
    ]);
    expect((await app.graphql(setConsent, { input: { purpose: 'PUBLIC_PROFILE', given: false } })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('choosing email gives consent to notification emails; withdrawing it turns every kind back to in-app', async () => {
    const person = await signUp(app);
    const consents = async () => (await app.graphql('{ viewer { consents { purpose given } } }', {}, { token: person.token })).data?.viewer.consents;
    expect(await consents()).toEqual([
      { purpose: 'EMAIL_NOTIFICATIONS', given: false },
      { purpose: 'PUBLIC_PROFILE', given: false },
    ]);
    await app.graphql(updateSettings, { input: { settings: [{ kind: 'COMMENT_REPLY', delivery: 'EMAIL_AT_ONCE' }, { kind: 'VOTE_MILESTONE', delivery: 'OFF' }] } }, { token: person.token });
    expect(await consents()).toContainEqual({ purpose: 'EMAIL_NOTIFICATIONS', given: true });

    await app.graphql(setConsent, { input: { purpose: 'EMAIL_NOTIFICATIONS', given: false } }, { token: person.token });
    const after = (await app.graphql(settings, {}, { token: person.token })).data?.notificationSettings;
    expect(after).toContainEqual({ kind: 'COMMENT_REPLY', delivery: 'IN_APP' });
    expect(after).toContainEqual({ kind: 'VOTE_MILESTONE', delivery: 'OFF' });
    expect(await consents()).toContainEqual({ purpose: 'EMAIL_NOTIFICATIONS', given: false });
  });

  it('records consents given at registration', async () => {
    const email = `warga-setuju-${Date.now()}@example.id`;
    const registered = await app.graphql(`mutation ($input: RegisterInput!) { register(input: $input) { token viewer { consents { purpose given } } } }`, {
      input: { email, password: 'kata-sandi-rahasia', displayName: 'Warga Setuju', acceptPrivacyPolicy: true, consentToEmailNotifications: true, consentToPublicProfile: false },
    });
    expect(registered.data?.register.viewer.consents).toEqual([
      { purpose: 'EMAIL_NOTIFICATIONS', given: true },
      { purpose: 'PUBLIC_PROFILE', given: false },
    ]);
  });
});
