import { UpdateOrganizationDocument } from '@gotong/graphql-client';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, testAdmin, type TestApp } from '../support/app.js';
import { signIn, signUp, type SignedIn } from '../support/people.js';

const updateOrganization = print(UpdateOrganizationDocument);
const createOrganization = `mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id slug timeZone } errors { code field } } }`;
const addMember = `mutation ($input: AddMemberInput!) { addMember(input: $input) { errors { code } } }`;

describe("an organisation's time zone", () => {
  let app: TestApp;
  let admin: SignedIn;
  beforeAll(async () => {
    app = await startTestApp();
    admin = await signIn(app, testAdmin.email, testAdmin.password);
  });
  afterAll(() => app?.close());

  it('is chosen at creation (WIB by default), and only Indonesian zones are accepted', async () => {
    const owner = await signUp(app);
    const inMakassar = await app.graphql(createOrganization, { input: { name: 'Dinas Kominfo Kota Makassar', kind: 'AGENCY', timeZone: 'Asia/Makassar' } }, { token: owner.token });
    expect(inMakassar.data?.createOrganization).toMatchObject({ organization: { timeZone: 'Asia/Makassar' }, errors: [] });
    const byDefault = await app.graphql(createOrganization, { input: { name: 'Dinas Kominfo Kota Bekasi', kind: 'AGENCY' } }, { token: owner.token });
    expect(byDefault.data?.createOrganization.organization.timeZone).toBe('Asia/Jakarta');
    const elsewhere = await app.graphql(createOrganization, { input: { name: 'Dinas Luar Negeri', kind: 'AGENCY', timeZone: 'Europe/Paris' } }, { token: owner.token });
    expect(elsewhere.data?.createOrganization).toEqual({ organization: null, errors: [{ code: 'INVALID', field: 'input.timeZone' }] });
  });

  it('is changed by its owners and admins and platform admins, and refused to its officers, members and others', async () => {
    const owner = await signUp(app);
    const manager = await signUp(app);
    const officer = await signUp(app);
    const outsider = await signUp(app);
    const created = await app.graphql(createOrganization, { input: { name: 'Dinas Kesehatan Kota Jayapura', kind: 'AGENCY' } }, { token: owner.token });
    const organizationId = created.data?.createOrganization.organization.id;
    await app.graphql(addMember, { input: { organizationId, email: manager.email, role: 'ADMIN' } }, { token: owner.token });
    await app.graphql(addMember, { input: { organizationId, email: officer.email, role: 'OFFICER' } }, { token: owner.token });
    const input = { organizationId, timeZone: 'Asia/Jayapura' };

    expect((await app.graphql(updateOrganization, { input })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    for (const refused of [officer, outsider]) {
      expect((await app.graphql(updateOrganization, { input }, { token: refused.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const changed = await app.graphql(updateOrganization, { input }, { token: manager.token });
    expect(changed.data?.updateOrganization).toMatchObject({ organization: { timeZone: 'Asia/Jayapura' }, errors: [] });
    const described = await app.graphql(updateOrganization, { input: { organizationId, description: 'Pelayanan kesehatan warga.', website: '' } }, { token: owner.token });
    expect(described.data?.updateOrganization.organization).toMatchObject({ timeZone: 'Asia/Jayapura', description: 'Pelayanan kesehatan warga.', website: null });
    const byAdmin = await app.graphql(updateOrganization, { input: { organizationId, timeZone: 'Asia/Makassar' } }, { token: admin.token });
    expect(byAdmin.data?.updateOrganization.organization.timeZone).toBe('Asia/Makassar');
    const invalid = await app.graphql(updateOrganization, { input: { organizationId, timeZone: 'WIT', name: 'x' } }, { token: owner.token });
    expect(invalid.data?.updateOrganization.errors.map((error: { field: string }) => error.field).sort()).toEqual(['input.name', 'input.timeZone']);
    const canUpdate = `query ($slug: String!) { organization(slug: $slug) { viewerCanUpdate } }`;
    const slug = created.data?.createOrganization.organization.slug;
    expect((await app.graphql(canUpdate, { slug }, { token: manager.token })).data?.organization.viewerCanUpdate).toBe(true);
    expect((await app.graphql(canUpdate, { slug }, { token: officer.token })).data?.organization.viewerCanUpdate).toBe(false);
  });
});
