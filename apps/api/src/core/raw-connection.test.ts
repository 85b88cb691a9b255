import { MikroORM, ReferenceKind } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ormConfig } from '../db/orm-config.js';
import { Organization } from '../modules/organizations/organization.entity.js';
import { OrganizationRecord } from '../modules/organizations/organization-record.js';
import { Service } from '../modules/services/service.entity.js';
import { ServiceRecord } from '../modules/services/service-record.js';
import { nodeTypeName } from './node.js';
import { RowRecords } from './raw-connection.js';

// Records are read by the types and field resolvers as entities are: a property the entity loads but a record lacks
// would resolve to undefined without any error.

let orm: MikroORM;

beforeAll(async () => {
  orm = await MikroORM.init({ ...ormConfig({ clientUrl: 'postgres://unused@127.0.0.1:1/unused', poolSize: 1 }), connect: false });
});

afterAll(async () => {
  await orm.close();
});

const agencyRow = {
  a__id: '00000000-0000-4000-8000-000000000001',
  a__created_at: '2026-01-02T03:04:05.000Z',
  a__updated_at: '2026-01-03T03:04:05.000Z',
  a__slug: 'dinas',
  a__name: 'Dinas',
  a__kind: 'AGENCY',
  a__description: '',
  a__website: null,
  a__time_zone: 'Asia/Jakarta',
  a__verified_at: '2026-01-04T00:00:00.000Z',
  a__verified_by_id: null,
  a__hidden_at: null,
};

describe('RowRecords', () => {
  it('reads every property the entity loads, dates as dates, and resolves as its node type', () => {
    const em = orm.em.fork();
    const organization = new RowRecords(em).read(Organization, OrganizationRecord, agencyRow, 'a__')!;
    const loaded = orm
      .getMetadata()
      .get('Organization')
      .props.filter((prop) => !prop.lazy && [ReferenceKind.SCALAR, ReferenceKind.MANY_TO_ONE].includes(prop.kind))
      .map((prop) => prop.name);
    expect(Object.keys(organization).sort()).toEqual(loaded.sort());
    expect(organization.verifiedAt).toEqual(new Date('2026-01-04T00:00:00.000Z'));
    expect(organization.createdAt).toBeInstanceOf(Date);
    expect(organization.verifiedBy).toBeNull();
    expect(nodeTypeName(organization)).toBe('Organization');
    expect(em.getUnitOfWork().getIdentityMap().values()).toHaveLength(0);
  });

  it('gives a to-one relation the record given, the relation key as its plain column, and reads a row of the same entity once', () => {
    const em = orm.em.fork();
    const records = new RowRecords(em);
    const agency = records.read(Organization, OrganizationRecord, agencyRow, 'a__')!;
    const serviceRow = {
      s__id: '00000000-0000-4000-8000-000000000002',
      s__created_at: '2026-01-02T03:04:05.000Z',
      s__updated_at: '2026-01-02T03:04:05.000Z',
      s__slug: 'ktp',
      s__name: 'KTP',
      s__description: '',
      s__agency_id: agency.id,
      s__population: 1200,
    };
    const service = records.read(Service, ServiceRecord, serviceRow, 's__', { agency })!;
    expect(service.agency).toBe(agency);
    expect(service.agencyId).toBe(agency.id);
    expect(service.population).toBe(1200);
    expect(nodeTypeName(service)).toBe('Service');
    expect(records.read(Organization, OrganizationRecord, { ...agencyRow, b__id: agency.id }, 'b__')).toBe(agency);
    expect(records.read(Service, ServiceRecord, { s__id: null }, 's__')).toBeNull();
  });
});
