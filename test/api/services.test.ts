import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, testAdmin, type TestApp } from '../support/app.js';
import { ServiceIndexDocument, UpdateServiceDocument } from '@gotong/graphql-client';
import { print } from 'graphql';
import { agencyWithService, createOrganization, signIn, signUp, type SignedIn } from '../support/people.js';

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

  it("lets the agency's officers change a service's name, description and population, and refuses everyone else", async () => {
    const people = await agencyWithService(app, admin, {
      agency: 'Dinas Perizinan Kota Bekasi',
      otherAgency: 'Dinas Perizinan Kota Bogor',
      partner: 'PT Mitra Perizinan',
      officer: 'Petugas Perizinan',
      otherOfficer: 'Petugas Bogor',
      service: { name: 'Izin Usaha Mikro', population: 100 },
    });
    const updateService = print(UpdateServiceDocument);
    const input = { serviceId: people.serviceId, name: 'Izin Usaha Mikro dan Kecil', description: 'Lewat OSS.', population: 20000 };
    expect((await app.graphql(updateService, { input })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    for (const refused of [people.citizen, people.staffMember, people.partner, people.otherOfficer]) {
      expect((await app.graphql(updateService, { input }, { token: refused.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const canUpdate = `query ($slug: String!) { service(slug: $slug) { viewerCanUpdate } }`;
    const changed = await app.graphql(updateService, { input }, { token: people.officer.token });
    expect(changed.data?.updateService).toMatchObject({ service: { name: 'Izin Usaha Mikro dan Kecil', description: 'Lewat OSS.', population: 20000 }, errors: [] });
    const slug = changed.data?.updateService.service.slug;
    expect((await app.graphql(canUpdate, { slug }, { token: people.officer.token })).data?.service.viewerCanUpdate).toBe(true);
    expect((await app.graphql(canUpdate, { slug }, { token: people.otherOfficer.token })).data?.service.viewerCanUpdate).toBe(false);
    expect((await app.graphql(canUpdate, { slug })).data?.service.viewerCanUpdate).toBe(false);

    // Only the fields given change; a null population clears it.
    const cleared = await app.graphql(updateService, { input: { serviceId: people.serviceId, population: null } }, { token: people.owner.token });
    expect(cleared.data?.updateService.service).toMatchObject({ name: 'Izin Usaha Mikro dan Kecil', population: null });
    const invalid = await app.graphql(updateService, { input: { serviceId: people.serviceId, name: 'x', population: 0 } }, { token: people.officer.token });
    expect(invalid.data?.updateService.errors.map((error: { field: string }) => error.field).sort()).toEqual(['input.name', 'input.population']);
    const unknown = await app.graphql(updateService, { input: { serviceId: people.agency.id, name: 'Layanan Lain' } }, { token: people.officer.token });
    expect(unknown.data?.updateService.errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: 'input.serviceId' })]);
  });

  it('lists services agency by agency, a page at a time, with their latest satisfaction index', async () => {
    const owner = await signUp(app);
    const first = await createOrganization(app, owner, admin, { name: 'Dinas Urut Pertama', kind: 'AGENCY' });
    const second = await createOrganization(app, owner, admin, { name: 'Dinas Urut Kedua', kind: 'AGENCY' });
    for (const [agency, name] of [[first, 'Layanan Urut C'], [second, 'Layanan Urut B'], [first, 'Layanan Urut A'], [second, 'Layanan Urut D']] as const) {
      await app.graphql(createService, { input: { agencyId: agency.id, name } }, { token: owner.token });
    }
    const index = print(ServiceIndexDocument);
    const seen: { name: string; agency: string; satisfaction: unknown[] }[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page += 1) {
      const response: { data?: Record<string, any> } = await app.graphql(index, { first: 3, after, filter: { text: 'Layanan Urut' } });
      const services = response.data?.services;
      seen.push(...services.edges.map(({ node }: { node: { name: string; agency: { slug: string }; satisfaction: unknown[] } }) => ({ name: node.name, agency: node.agency.slug, satisfaction: node.satisfaction })));
      if (!services.pageInfo.hasNextPage) break;
      after = services.pageInfo.endCursor;
    }
    expect(seen.map((service) => service.name).sort()).toEqual(['Layanan Urut A', 'Layanan Urut B', 'Layanan Urut C', 'Layanan Urut D']);
    const agencies = seen.map((service) => service.agency);
    expect(new Set(agencies.slice(0, 2)).size).toBe(1);
    expect(new Set(agencies.slice(2)).size).toBe(1);
    const ofFirst = seen.filter((service) => service.agency === first.slug).map((service) => service.name);
    expect(ofFirst).toEqual(['Layanan Urut A', 'Layanan Urut C']);
    expect(seen.every((service) => Array.isArray(service.satisfaction))).toBe(true);
  });
});
