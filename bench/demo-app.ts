import { existsSync } from 'node:fs';
import path from 'node:path';
import { repositoryRoot, startApiProcess, type ApiProcess } from '../test/support/api-process.js';
import { withDatabase } from './harness.js';

/** The pages the page benchmarks measure, as paths of the demo data. */
export type DemoPages = { home: string; feed: string; idea: string; innovation: string; survey: string };

export type DemoApp = { url: string; pages: DemoPages; process: ApiProcess };

async function query<T>(url: string, text: string): Promise<T> {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: text }) });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data) throw new Error(`the demo app did not answer: ${JSON.stringify(body.errors)}`);
  return body.data;
}

type Edges<T> = { edges: { node: T }[] };

/** An idea, an innovation and a survey of the demo data, each the first one a visitor sees. */
async function demoPages(url: string): Promise<DemoPages> {
  const found = await query<{ ideas: Edges<{ id: string }>; innovations: Edges<{ id: string }>; services: Edges<{ surveys: Edges<{ id: string }> }> }>(
    url,
    '{ ideas(first: 1) { edges { node { id } } } innovations(first: 1) { edges { node { id } } } services(first: 20) { edges { node { surveys(first: 1) { edges { node { id } } } } } } }',
  );
  const survey = found.services.edges.flatMap(({ node }) => node.surveys.edges)[0]?.node.id;
  const idea = found.ideas.edges[0]?.node.id;
  const innovation = found.innovations.edges[0]?.node.id;
  if (!idea || !innovation || !survey) throw new Error('the demo data has no idea, innovation or survey');
  return { home: '/', feed: '/gagasan', idea: `/gagasan/${idea}`, innovation: `/inovasi/${innovation}`, survey: `/survei/${survey}` };
}

/**
 * The built app (`node apps/api/dist/main.js`, serving the web build, as `npm start` runs it) in a process of its own,
 * in production mode, with the demo data, on a fresh database of the PostgreSQL server of DATABASE_URL (dropped after).
 */
export async function withDemoApp<T>(run: (app: DemoApp) => Promise<T>, environment: Record<string, string> = {}): Promise<T> {
  // WEB_BUILD_DIR (read by the API too) serves another copy of the web build, e.g. one kept while a new one is built.
  const webBuild = path.resolve(repositoryRoot, process.env.WEB_BUILD_DIR ?? 'apps/web/build');
  for (const file of [path.join(repositoryRoot, 'apps/api/dist/main.js'), path.join(webBuild, 'server/index.js')]) {
    if (!existsSync(file)) throw new Error(`${path.relative(repositoryRoot, file)} is missing: run npm run build first`);
  }
  return withDatabase(async (databaseUrl) => {
    const api = await startApiProcess({ NODE_ENV: 'production', DATABASE_URL: databaseUrl, SEED_DEMO: '1', LOG_LEVEL: 'warn', CSRF_SECRET: 'bench-only-secret-for-the-page-benchmarks', WEB_BUILD_DIR: webBuild, ...environment }, { readyTimeoutMs: 120_000 });
    try {
      return await run({ url: api.url, pages: await demoPages(api.url), process: api });
    } finally {
      await api.stop();
    }
  });
}
