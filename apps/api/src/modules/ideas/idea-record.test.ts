import { MikroORM, ReferenceKind } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ormConfig } from '../../db/orm-config.js';
import { IdeaRecord, PersonRecord } from './idea-record.js';

// The Idea and User types read records as they read entities: a property the entity loads but the record lacks would
// resolve to undefined without any error, so the records are held to the entities' metadata here.

let orm: MikroORM;

beforeAll(async () => {
  orm = await MikroORM.init({ ...ormConfig({ clientUrl: 'postgres://unused@127.0.0.1:1/unused', poolSize: 1 }), connect: false });
});

afterAll(async () => {
  await orm.close();
});

/** What loading the entity fills in: columns and to-one relations, not lazy columns (the password hash, the search vector) nor collections. */
function loadedProperties(entityName: string): string[] {
  const meta = orm.getMetadata().get(entityName);
  return meta.props
    .filter((prop) => !prop.lazy && [ReferenceKind.SCALAR, ReferenceKind.MANY_TO_ONE].includes(prop.kind))
    .map((prop) => prop.name)
    .sort();
}

const rowOf = (columns: readonly string[]) => Object.fromEntries(columns.map((column) => [column, null]));

describe('feed records', () => {
  it('a PersonRecord carries every property of the User entity', () => {
    const person = new PersonRecord(rowOf(PersonRecord.columns), '');
    expect(Object.keys(person).sort()).toEqual(loadedProperties('User'));
  });

  it('an IdeaRecord carries every property of the Idea entity', () => {
    const author = new PersonRecord(rowOf(PersonRecord.columns), '');
    const idea = new IdeaRecord(rowOf(IdeaRecord.columns), '', { author, organization: null, agency: null, service: null, mergedInto: null });
    expect(Object.keys(idea).sort()).toEqual(loadedProperties('Idea'));
  });

  it('the records read every column the entities map', () => {
    for (const [entityName, columns] of [['User', PersonRecord.columns], ['Idea', IdeaRecord.columns]] as const) {
      const meta = orm.getMetadata().get(entityName);
      const scalarColumns = meta.props.filter((prop) => !prop.lazy && prop.kind === ReferenceKind.SCALAR).flatMap((prop) => prop.fieldNames);
      expect([...columns].sort(), entityName).toEqual(scalarColumns.sort());
    }
  });
});
