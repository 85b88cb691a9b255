import { randomBytes } from 'node:crypto';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';

export type TestDatabase = {
  /** DATABASE_URL for the app, or undefined for the embedded PostgreSQL in `dataDirectory`. */
  databaseUrl?: string;
  dataDirectory: string;
  drop: () => Promise<void>;
};

/**
 * A fresh database for one test file: a new database on the server named by DATABASE_URL,
 * or, without it, a new data folder for the embedded PostgreSQL (a copy of the migrated template when the API tests'
 * global setup made one).
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const dataDirectory = await mkdtemp(path.join(tmpdir(), 'gotong-test-'));
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const template = inject('pgliteTemplate');
    if (template) await cp(template, dataDirectory, { recursive: true });
    return { dataDirectory, drop: () => rm(dataDirectory, { recursive: true, force: true }) };
  }
  const name = `gotong_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    databaseUrl: url.toString(),
    dataDirectory,
    drop: async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
      await rm(dataDirectory, { recursive: true, force: true });
    },
  };
}
