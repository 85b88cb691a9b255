import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, testAdmin, type TestApp } from '../support/app.js';
import { createOrganization, signIn, signUp, type SignedIn } from '../support/people.js';

const create = `mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id slug name kind verified viewerRole } errors { code field } } }`;
const verify = `mutation ($input: VerifyOrganizationInput!) { verifyOrganization(input: $input) { organization { verified verifiedAt } errors { code } } }`;
const addMember = `mutation ($input: AddMemberInput!) { addMember(input: $input) { membership { role user { id } } errors { code field } } }`;
const removeMember = `mutation ($input: RemoveMemberInput!) { removeMember(input: $input) { organization { memberCount } errors { code field } } }`;

describe('organisations', () => {
  let app: TestApp;
  let admin: SignedIn;
  beforeAll(async () => {
    app = await startTestApp();
    admin = await signIn(app, testAdmin.email, testAdmin.password);
  });
  afterAll(() => app?.close());

  it('refuses createOrganization without a session', async () => {
    const response = await app.graphql(create, { input: { name: 'Dinas Tanpa Sesi', kind: 'AGENCY' } });
    expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(response.data?.createOrganization ?? null).toBeNull();
  });

  it('creates an unverified organisation owned by its creator, with a unique slug', async () => {
    const owner = await signUp(app);
    const created = await app.graphql(create, { input: { name: 'Dinas Perhubungan Kota Malang', kind: 'AGENCY' } }, { token: owner.token });
    expect(created.data?.createOrganization).toMatchObject({
      organization: { slug: 'dinas-perhubungan-kota-malang', kind: 'AGENCY', verified: false, viewerRole: 'OWNER' },
      errors: [],
    });
    const again = await app.graphql(create, { input: { name: 'Dinas Perhubungan Kota Malang', kind: 'AGENCY' } }, { token: owner.token });
    expect(again.data?.createOrganization.errors).toEqual([{ code: 'TAKEN', field: 'input.slug' }]);
    const invalid = await app.graphql(create, { input: { name: 'x', kind: 'NGO', website: 'ftp://bukan' } }, { token: owner.token });
    expect(invalid.data?.createOrganization.errors.map((error: { field: string }) => error.field).sort()).toEqual(['input.name', 'input.website']);
  });

  it('lets only platform admins verify', async () => {
    const owner = await signUp(app);
    const organization = await createOrganization(app, owner, admin, { name: 'Yayasan Peduli Kota', kind: 'NGO', verified: false });
    const byOwner = await app.graphql(verify, { input: { organizationId: organization.id } }, { token: owner.token });
    expect(byOwner.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anonymous = await app.graphql(verify, { input: { organizationId: organization.id } });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const byAdmin = await app.graphql(verify, { input: { organizationId: organization.id, note: 'Akta pendirian diperiksa' } }, { token: admin.token });
    expect(byAdmin.data?.verifyOrganization).toMatchObject({ organization: { verified: true }, errors: [] });
    const unknown = await app.graphql(verify, { input: { organizationId: 'bm90LWFuLWlk' } }, { token: admin.token });
    expect(unknown.data?.verifyOrganization.errors).toEqual([{ code: 'NOT_FOUND' }]);
  });

  it('lets owners and admins manage members, and nobody else', async () => {
    const owner = await signUp(app);
    const officer = await signUp(app);
    const stranger = await signUp(app);
    const organization = await createOrganization(app, owner, admin, { name: 'Dinas Kesehatan Kota Bogor', kind: 'AGENCY' });

    const byStranger = await app.graphql(addMember, { input: { organizationId: organization.id, email: stranger.email, role: 'ADMIN' } }, { token: stranger.token });
    expect(byStranger.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const added = await app.graphql(addMember, { input: { organizationId: organization.id, email: officer.email, role: 'OFFICER' } }, { token: owner.token });
    expect(added.data?.addMember).toMatchObject({ membership: { role: 'OFFICER', user: { id: officer.id } }, errors: [] });

    const byOfficer = await app.graphql(addMember, { input: { organizationId: organization.id, email: stranger.email, role: 'MEMBER' } }, { token: officer.token });
    expect(byOfficer.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const nobody = await app.graphql(addMember, { input: { organizationId: organization.id, email: 'tidak-ada@example.id', role: 'MEMBER' } }, { token: owner.token });
    expect(nobody.data?.addMember.errors).toEqual([{ code: 'NOT_FOUND', field: 'input.email' }]);

    const promoted = await app.graphql(addMember, { input: { organizationId: organization.id, email: officer.email, role: 'ADMIN' } }, { token: owner.token });
    expect(promoted.data?.addMember.membership.role).toBe('ADMIN');
    const adminGrantsOwner = await app.graphql(addMember, { input: { organizationId: organization.id, email: stranger.email, role: 'OWNER' } }, { token: officer.token });
    expect(adminGrantsOwner.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const changeRole = `mutation ($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { membership { role } errors { code field } } }`;
    const demoted = await app.graphql(changeRole, { input: { organizationId: organization.id, userId: officer.id, role: 'OFFICER' } }, { token: owner.token });
    expect(demoted.data?.changeMemberRole).toEqual({ membership: { role: 'OFFICER' }, errors: [] });
    const byStrangerChange = await app.graphql(changeRole, { input: { organizationId: organization.id, userId: officer.id, role: 'ADMIN' } }, { token: stranger.token });
    expect(byStrangerChange.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const ownerDemotesSelf = await app.graphql(changeRole, { input: { organizationId: organization.id, userId: owner.id, role: 'MEMBER' } }, { token: owner.token });
    expect(ownerDemotesSelf.data?.changeMemberRole.errors).toEqual([{ code: 'NOT_ALLOWED_NOW', field: 'input.role' }]);
    const notMember = await app.graphql(changeRole, { input: { organizationId: organization.id, userId: stranger.id, role: 'MEMBER' } }, { token: owner.token });
    expect(notMember.data?.changeMemberRole.errors).toEqual([{ code: 'NOT_FOUND', field: 'input.userId' }]);

    const lastOwnerLeaves = await app.graphql(removeMember, { input: { organizationId: organization.id, userId: owner.id } }, { token: owner.token });
    expect(lastOwnerLeaves.data?.removeMember.errors).toEqual([{ code: 'NOT_ALLOWED_NOW', field: 'input.userId' }]);
    const removed = await app.graphql(removeMember, { input: { organizationId: organization.id, userId: officer.id } }, { token: owner.token });
    expect(removed.errors).toBeUndefined();
    expect(removed.data?.removeMember).toEqual({ organization: { memberCount: 1 }, errors: [] });
  });

  it('pages through organisations with stable cursors and filters', async () => {
    const owner = await signUp(app);
    for (const name of ['Lembaga Alpha Uji', 'Lembaga Beta Uji', 'Lembaga Gamma Uji', 'Lembaga Delta Uji', 'Lembaga Epsilon Uji']) {
      await createOrganization(app, owner, admin, { name, kind: 'TRAINING_INSTITUTE', verified: name !== 'Lembaga Gamma Uji' });
    }
    const page = `query ($after: String) { organizations(first: 2, after: $after, filter: { kind: TRAINING_INSTITUTE, text: "uji" }) {
      totalCount edges { node { name } } pageInfo { hasNextPage endCursor } } }`;
    const names: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 5; pages += 1) {
      const response: any = await app.graphql(page, { after });
      const connection = response.data.organizations;
      expect(connection.totalCount).toBe(pages === 0 ? 5 : 6);
      names.push(...connection.edges.map((edge: { node: { name: string } }) => edge.node.name));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
      if (pages === 0) await createOrganization(app, owner, admin, { name: 'Lembaga Aaa Baru Uji', kind: 'TRAINING_INSTITUTE' });
    }
    // An organisation inserted before the cursor while paging shifts nothing after it: no repeats, no gaps.
    expect(names).toEqual(['Lembaga Alpha Uji', 'Lembaga Beta Uji', 'Lembaga Delta Uji', 'Lembaga Epsilon Uji', 'Lembaga Gamma Uji']);
    const unverified = await app.graphql(`{ organizations(filter: { verified: false, text: "uji" }) { edges { node { name } } } }`);
    expect(unverified.data?.organizations.edges).toEqual([{ node: { name: 'Lembaga Gamma Uji' } }]);
    const tooMany = await app.graphql(`{ organizations(first: 101) { totalCount } }`);
    expect(tooMany.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const badCursor = await app.graphql(`{ organizations(after: "xyz") { totalCount } }`);
    expect(badCursor.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('resolves any object by its global id with node and nodes', async () => {
    const owner = await signUp(app);
    const organization = await createOrganization(app, owner, admin, { name: 'Badan Pusat Uji Node', kind: 'AGENCY' });
    const response = await app.graphql(`query ($ids: [ID!]!) { nodes(ids: $ids) { id __typename ... on Organization { slug } ... on User { displayName } } }`, {
      ids: [organization.id, owner.id, 'bm9wZQ'],
    });
    expect(response.data?.nodes).toEqual([
      { id: organization.id, __typename: 'Organization', slug: organization.slug },
      { id: owner.id, __typename: 'User', displayName: 'Warga Uji' },
      null,
    ]);
    const bySlug = await app.graphql(`query ($slug: String!) { organization(slug: $slug) { id members(first: 5) { totalCount edges { node { role user { id } } } } } }`, {
      slug: organization.slug,
    });
    expect(bySlug.data?.organization).toEqual({ id: organization.id, members: { totalCount: 1, edges: [{ node: { role: 'OWNER', user: { id: owner.id } } }] } });
  });
});

describe('the audit log', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app?.close());

  it('records verifications with who and why, readable by platform admins only', async () => {
    const admin = await signIn(app, testAdmin.email, testAdmin.password);
    const owner = await signUp(app);
    const organization = await createOrganization(app, owner, admin, { name: 'Dinas Jejak Audit', kind: 'AGENCY', verified: false });
    await app.graphql(`mutation ($input: VerifyOrganizationInput!) { verifyOrganization(input: $input) { errors { code } } }`, {
      input: { organizationId: organization.id, note: 'SK pendirian diperiksa' },
    }, { token: admin.token });
    const query = `{ auditEntries(first: 5) { edges { node { action note subjectId actor { id } } } } }`;
    expect((await app.graphql(query, {}, { token: owner.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await app.graphql(query)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const entries = (await app.graphql(query, {}, { token: admin.token })).data?.auditEntries.edges.map((edge: { node: unknown }) => edge.node);
    expect(entries[0]).toEqual({ action: 'organization.verify', note: 'SK pendirian diperiksa', subjectId: organization.id, actor: { id: admin.id } });
  });
});
