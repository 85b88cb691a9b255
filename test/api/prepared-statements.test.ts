import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../apps/api/src/core/config.js';
import { createLogger } from '../../apps/api/src/core/logger.js';
import { preparedRows } from '../../apps/api/src/core/prepared-statements.js';
import { startDatabase, type Database } from '../../apps/api/src/db/start-database.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

// The hot reads and the vote run through preparedRows (ADR 039); it must answer as `execute` does, in the same
// transaction, with the same errors and log lines, on PostgreSQL and on the embedded engine alike.

let testDatabase: TestDatabase;
let database: Database;
const logged: string[] = [];

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: testDatabase.dataDirectory, ...(testDatabase.databaseUrl ? { DATABASE_URL: testDatabase.databaseUrl } : {}) });
  database = await startDatabase(config, createLogger('silent'), (line) => logged.push(line));
});

afterAll(async () => {
  await database?.stop();
  await testDatabase?.drop();
});

const fork = () => database.orm.em.fork();

describe('preparedRows', () => {
  it('answers as execute does, arrays and dates included, run after run', async () => {
    const sql = `select ?::int + 1 as next, ?::text[] as words, ?::timestamptz as at, ? = any(?::uuid[]) as found`;
    const id = '00000000-0000-4000-8000-000000000001';
    const at = new Date('2026-12-02T03:04:05.678Z');
    for (let run = 0; run < 3; run += 1) {
      const [row] = await preparedRows<{ next: number; words: string[]; at: string; found: boolean }>(fork(), sql, [run, ['a,b', 'c"d'], at, id, [id]]);
      expect(row.next).toBe(run + 1);
      expect(row.words).toEqual(['a,b', 'c"d']);
      expect(new Date(row.at).toISOString()).toBe(at.toISOString());
      expect(row.found).toBe(true);
    }
  });

  it('keeps a named statement per connection, and at most 200 of them whatever the number of texts', async () => {
    const texts = Array.from({ length: 210 }, (_, index) => `select ?::int + ${index} as n`);
    // One transaction: one connection, whose prepared statements are then counted.
    const count = await fork().transactional(async (em) => {
      for (const [index, text] of texts.entries()) expect((await preparedRows<{ n: number }>(em, text, [1]))[0].n).toBe(index + 1);
      // Again: the named ones are reused (pg refuses a name given to another text), the rest still run.
      for (const [index, text] of texts.entries()) expect((await preparedRows<{ n: number }>(em, text, [2]))[0].n).toBe(index + 2);
      const [row] = await preparedRows<{ count: number }>(em, `select count(*)::int as count from pg_prepared_statements where name like 'gotong_%'`, [], { planEachTime: true });
      return row.count;
    });
    expect(count).toBeGreaterThan(100);
    expect(count).toBeLessThanOrEqual(200);
  });

  it("runs in the entity manager's transaction, seeing what it wrote and leaving nothing when it rolls back", async () => {
    const em = fork();
    await em.getConnection().execute('create table if not exists prepared_probe (id int primary key)');
    await expect(
      em.transactional(async (transaction) => {
        await transaction.getConnection().execute('insert into prepared_probe (id) values (1)', [], 'run', transaction.getTransactionContext());
        const inside = await preparedRows<{ count: number }>(transaction, 'select count(*)::int as count from prepared_probe where id = ?', [1]);
        expect(inside[0].count).toBe(1);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    const after = await preparedRows<{ count: number }>(fork(), 'select count(*)::int as count from prepared_probe where id = ?', [1]);
    expect(after[0].count).toBe(0);
  });

  it('fails as execute fails, gives its connection back, and logs each statement with its values written in', async () => {
    const em = fork();
    for (let attempt = 0; attempt < 12; attempt += 1) {
      await expect(preparedRows(em, 'select ?::int / 0 as never', [attempt])).rejects.toMatchObject({ name: 'DriverException' });
    }
    logged.length = 0;
    // More failures than the pool has connections: had one not been released, this would wait forever.
    expect((await preparedRows<{ ok: boolean }>(em, 'select ?::boolean as ok', [true]))[0].ok).toBe(true);
    expect(logged.some((line) => line.includes('select true::boolean as ok'))).toBe(true);
  });

  it('plans each time, unnamed, when asked to', async () => {
    const text = `select ?::text as once_${Date.now()}`;
    const count = await fork().transactional(async (em) => {
      await preparedRows(em, text, ['x'], { planEachTime: true });
      await preparedRows(em, text, ['y'], { planEachTime: true });
      const [row] = await preparedRows<{ count: number }>(em, `select count(*)::int as count from pg_prepared_statements where statement like '%once_%'`, [], { planEachTime: true });
      return row.count;
    });
    expect(count).toBe(0);
  });
});
