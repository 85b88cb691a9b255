import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromGlobalId } from '../../apps/api/src/core/global-id.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { postIdeaMutation } from '../support/ideas.js';
import { signUp, type SignedIn } from '../support/people.js';
import { startPrivatePostgres, type PrivatePostgres } from '../support/private-postgres.js';

const writers = 8;
const body = 'Warga harus datang sejak subuh untuk mendapat nomor antrean perekaman KTP-el di kecamatan.';

/** How long to keep writing after the crash, and how long the API may take to serve writes again. */
const recoveryLimitMs = 60_000;

describe('security: PostgreSQL crashing and restarting under load loses no acknowledged write', () => {
  let server: PrivatePostgres;
  let app: TestApp;
  let dataDirectory: string;
  let people: SignedIn[];

  beforeAll(async () => {
    server = await startPrivatePostgres();
    const admin = new pg.Client({ connectionString: server.url });
    await admin.connect();
    await admin.query('create database gotong');
    await admin.end();
    dataDirectory = await mkdtemp(path.join(tmpdir(), 'gotong-restart-'));
    const databaseUrl = server.url.replace(/\/postgres$/, '/gotong');
    app = await startTestApp({
      database: { databaseUrl, dataDirectory, drop: async () => undefined },
      environment: { RATE_LIMIT_WRITES_PER_PERSON_PER_MINUTE: '100000', RATE_LIMIT_WRITES_PER_ADDRESS_PER_MINUTE: '100000' },
    });
    people = await Promise.all(Array.from({ length: writers }, (_, index) => signUp(app, `Penulis ${index}`)));
  });

  afterAll(async () => {
    await app?.close();
    await server?.destroy();
    if (dataDirectory) await rm(dataDirectory, { recursive: true, force: true });
  });

  it('every idea whose postIdea was answered is in the database afterwards, and the API serves writes again by itself', async () => {
    const acknowledged: string[] = [];
    let failed = 0;
    let writing = true;
    let sequence = 0;
    const write = async (person: SignedIn) => {
      while (writing) {
        sequence += 1;
        try {
          const response = await app.graphql(postIdeaMutation, { input: { kind: 'PROBLEM', title: `Antrean panjang nomor ${sequence}`, body } }, { token: person.token });
          const idea = response.data?.postIdea?.idea;
          if (idea && response.data?.postIdea.errors.length === 0) acknowledged.push(fromGlobalId(idea.id)!.id);
          else failed += 1;
        } catch {
          failed += 1;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      }
    };
    const load = people.map(write);

    // Writes flow, then the server crashes (no checkpoint, recovery from the WAL) and comes back.
    while (acknowledged.length < 40) await new Promise((resolve) => setTimeout(resolve, 20));
    const beforeCrash = acknowledged.length;
    await server.stop('immediate');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await server.start();

    // The API is back when writes are acknowledged again, without restarting it.
    const restartedAt = Date.now();
    const afterRestart = acknowledged.length;
    while (acknowledged.length < afterRestart + 40 && Date.now() - restartedAt < recoveryLimitMs) await new Promise((resolve) => setTimeout(resolve, 50));
    writing = false;
    await Promise.all(load);
    expect(acknowledged.length, `writes acknowledged after the restart (${failed} failed during it)`).toBeGreaterThanOrEqual(afterRestart + 40);
    expect(beforeCrash).toBeGreaterThanOrEqual(40);

    const ready = await fetch(`${app.url}/readyz`);
    expect(ready.status).toBe(200);

    const client = new pg.Client({ connectionString: server.url.replace(/\/postgres$/, '/gotong') });
    await client.connect();
    const { rows } = await client.query<{ id: string }>('select id from ideas');
    await client.end();
    const stored = new Set(rows.map((row) => row.id));
    const lost = acknowledged.filter((id) => !stored.has(id));
    expect(lost, `${acknowledged.length} acknowledged, ${stored.size} stored`).toEqual([]);
    expect(new Set(acknowledged).size).toBe(acknowledged.length);
  });
});
