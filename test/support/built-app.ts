import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { freePort, mainFile, repositoryRoot, waitUntilReady } from './api-process.js';
import { createTestDatabase, type TestDatabase } from './database.js';

/** WEB_BUILD_DIR builds and serves a private copy of the web app, safe from other builds running at the same time. */
const webBuildDirectory = process.env.WEB_BUILD_DIR ? path.resolve(process.env.WEB_BUILD_DIR) : path.join(repositoryRoot, 'apps/web/build');
const webBuild = path.join(webBuildDirectory, 'server/index.js');

export type BuiltApp = { url: string; database: TestDatabase; output: () => string; close: () => Promise<void> };

/** Demo data sign-ins (see apps/api/src/db/seeders). */
export const demoPassword = 'gotong-demo-2026';
export const demoAdmin = { email: 'admin@gotong.id', password: demoPassword };
export const demoCitizen = { email: 'siti@warga.id', password: demoPassword };

/**
 * Starts the BUILT app (`node apps/api/dist/main.js`, serving the web build) as a child process on a free port,
 * with a fresh database and the demo data: what a person who runs `npm start` gets.
 */
export async function startBuiltApp(options: { environment?: Record<string, string> } = {}): Promise<BuiltApp> {
  for (const file of [mainFile, webBuild]) {
    if (!existsSync(file)) throw new Error(`${path.relative(repositoryRoot, file)} is missing: run npm run build first`);
  }
  const database = await createTestDatabase();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [mainFile], {
    cwd: repositoryRoot,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: database.dataDirectory,
      ...(database.databaseUrl ? { DATABASE_URL: database.databaseUrl } : {}),
      SEED_DEMO: '1',
      LOG_LEVEL: 'warn',
      WEB_BUILD_DIR: webBuildDirectory,
      REQUIRE_EMAIL_CONFIRMATION: '0',
      ...options.environment,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const output = () => log;
  try {
    await waitUntilReady(url, child, output, 60_000);
  } catch (error) {
    child.kill('SIGKILL');
    await database.drop();
    throw error;
  }
  return {
    url,
    database,
    output,
    close: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      await database.drop();
    },
  };
}

/** A GraphQL operation against a built app over HTTP, as a script would send it; its data, or a thrown error. */
export async function api(app: BuiltApp, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<Record<string, any>> {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, any>; errors?: unknown };
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}
