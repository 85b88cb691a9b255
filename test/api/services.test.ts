import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, testAdmin, type TestApp } from '../support/app.js';
import { createOrganization, signIn, signUp, type SignedIn } from '../support/people.js';

const createService = `mutation ($input: CreateServiceInput!) { createService(input: $input) { service { id slug name population agency { slug } } errors { code field } } }`;
const addMember = `mutation ($input: AddMemberInput!) { addMember(input: $input) { errors { code } } }`;

describe('public services', () => {
  let app: TestApp;
  let admin: SignedIn;
  beforeAll(async () => {
    app = await startTestApp();
    admin = await signIn(app, testAdmin.email, testAdmin.password);
  });
  afterAll(() => app?.close());

  it('lets officers of a verified agency add its services, and refuses everyone else', async () => {
    const owner = await signUp(app);
    const officer = await signUp(app);
    const member = await signUp(app);
    const citizen = await signUp(app);
    const agency = await createOrganization(app, owner, admin, { name: 'Dinas Kependudukan Kota Depok', kind: 'AGENCY' });
    await app.graphql(addMember, { input: { organizationId: agency.id, email: officer.email, role: 'OFFICER' } }, { token: owner.token });
    await app.graphql(addMember, { input: { organizationId: agency.id, email: member.email, role: 'MEMBER' } }, { token: owner.token });
    const input = { agencyId: agency.id, name: 'Penerbitan Akta Kematian', population: 5000 };

    expect((await app.graphql(createService, { input })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await app.graphql(createService, { input }, { token: citizen.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await app.graphql(createService, { input }, { token: member.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const created = await app.graphql(createService, { input }, { token: officer.token });
    expect(created.data?.createService).toMatchObject({
      service: { slug: 'penerbitan-akta-kematian-dinas-kependudukan-kota-depok', population: 5000, agency: { slug: agency.slug } },
      errors: [],
    });
    const invalid = await app.graphql(createService, { input: { ...input, name: '', population: -3 } }, { token: officer.token });
    expect(invalid.data?.createService.errors.map((error: { field: string }) => error.field).sort()).toEqual(['input.name', 'input.population']);

    const bySlug = await app.graphql(`{ service(slug: "penerbitan-akta-kematian-dinas-kependudukan-kota-depok") { name agency { services { totalCount } } } }`);
    expect(bySlug.data?.service).toEqual({ name: 'Penerbitan Akta Kematian', agency: { services: { totalCount: 1 } } });
  });

  it('refuses services for unverified agencies and for organisations that are not agencies', async () => {
    const owner = await signUp(app);
    const unverified = await createOrganization(app, owner, admin, { name: 'Dinas Belum Terverifikasi', kind: 'AGENCY', verified: false });
    const partner = await createOrganization(app, owner, admin, { name: 'PT Teknologi Uji', kind: 'PARTNER' });
    const onUnverified = await app.graphql(createService, { input: { agencyId: unverified.id, name: 'Layanan Uji' } }, { token: owner.token });
    expect(onUnverified.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const onPartner = await app.graphql(createService, { input: { agencyId: partner.id, name: 'Layanan Uji' } }, { token: owner.token });
    expect(onPartner.data?.createService.errors).toEqual([{ code: 'INVALID', field: 'input.agencyId' }]);
  });
});
