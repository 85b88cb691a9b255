import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, testAdmin, type TestApp } from '../support/app.js';
import { createOrganization, signIn, signUp } from '../support/people.js';

const exportMyData = `mutation { exportMyData { data exportedAt errors { code } } }`;
const deleteMyAccount = `mutation ($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) { deleted errors { code field message } } }`;

describe('personal data (UU 27/2022)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app?.close());

  it('exports everything about the viewer, and only to them', async () => {
    expect((await app.graphql(exportMyData)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const person = await signUp(app, 'Dewi Ekspor');
    const exported = await app.graphql(exportMyData, {}, { token: person.token });
    const data = exported.data?.exportMyData.data;
    expect(data.account).toMatchObject({ email: person.email, displayName: 'Dewi Ekspor' });
    expect(data.consents).toEqual([expect.objectContaining({ purpose: 'PRIVACY_POLICY', policyVersion: '2026-11-01', withdrawnAt: null })]);
  });

  it('deletes an account: sign-in stops working, contributions stay anonymised', async () => {
    const admin = await signIn(app, testAdmin.email, testAdmin.password);
    const person = await signUp(app, 'Agus Hapus');
    const owner = await signUp(app);
    const organization = await createOrganization(app, owner, admin, { name: 'Komunitas Hapus Akun', kind: 'NGO' });
    await app.graphql(`mutation ($input: AddMemberInput!) { addMember(input: $input) { errors { code } } }`, {
      input: { organizationId: organization.id, email: person.email, role: 'MEMBER' },
    }, { token: owner.token });

    const wrong = await app.graphql(deleteMyAccount, { input: { password: 'bukan-sandinya' } }, { token: person.token });
    expect(wrong.data?.deleteMyAccount).toMatchObject({ deleted: false, errors: [{ code: 'WRONG_CREDENTIALS', field: 'input.password' }] });

    const deleted = await app.graphql(deleteMyAccount, { input: { password: 'kata-sandi-rahasia' } }, { token: person.token });
    expect(deleted.data?.deleteMyAccount).toEqual({ deleted: true, errors: [] });
    expect((await app.graphql('{ viewer { id } }', {}, { token: person.token })).data?.viewer).toBeNull();
    const login = await app.graphql(`mutation ($input: LoginInput!) { login(input: $input) { errors { code } } }`, {
      input: { email: person.email, password: 'kata-sandi-rahasia' },
    });
    expect(login.data?.login.errors).toEqual([{ code: 'WRONG_CREDENTIALS' }]);
    const node = await app.graphql(`query ($id: ID!) { node(id: $id) { ... on User { displayName bio email } } }`, { id: person.id }, { token: admin.token });
    expect(node.data?.node).toEqual({ displayName: 'Pengguna terhapus', bio: '', email: `deleted-${Buffer.from(person.id, 'base64url').toString().split(':')[1]}@deleted.invalid` });
    const members = await app.graphql(`query ($slug: String!) { organization(slug: $slug) { memberCount } }`, { slug: organization.slug });
    expect(members.data?.organization.memberCount).toBe(1);
  });

  it('refuses to delete the sole owner of an organisation until ownership is handed over', async () => {
    const admin = await signIn(app, testAdmin.email, testAdmin.password);
    const owner = await signUp(app);
    await createOrganization(app, owner, admin, { name: 'Dinas Satu Pemilik', kind: 'AGENCY' });
    const refused = await app.graphql(deleteMyAccount, { input: { password: 'kata-sandi-rahasia' } }, { token: owner.token });
    expect(refused.data?.deleteMyAccount.errors).toEqual([expect.objectContaining({ code: 'NOT_ALLOWED_NOW' })]);
    expect(refused.data?.deleteMyAccount.errors[0].message).toContain('Dinas Satu Pemilik');
  });
});
