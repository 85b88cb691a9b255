/**
 * The write path (issue 16): votes per second from many distinct people at once (1,000, each signed in with a session
 * of their own, each on a connection of their own), through `voteIdea` over HTTP, against a bare baseline in the same
 * run (bench/bare-votes-server.ts: the same session check, then the same insert and counter update in one transaction
 * through `pg`; and, for reference, the same with its statements named, prepared once per connection). Each person votes on the ideas one after another, each starting at another idea. Afterwards every
 * idea's count must equal its votes, and the votes the answers that said they were counted (target: at least half the
 * baseline's votes per second, with exact counts). Each side has a fresh database of its own.
 * Usage: DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:votes -- [--people N (1,000)] [--seconds S (15)] [--profile] [--ci]
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { toGlobalId } from '../apps/api/src/core/global-id.js';
import { createSessions, seedFeed } from './feed-seed.js';
import { ApiProcess, machine, measurePeople, startBareServer, withDatabase } from './harness.js';
import type { PeopleResult } from './load-generator.js';

const ci = process.argv.includes('--ci');
const argument = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
};
const peopleCount = argument('people', ci ? 50 : 1_000);
const seconds = argument('seconds', ci ? 3 : 15);
const profile = process.argv.includes('--profile');
/** More ideas than anyone can vote on in the time: nobody runs out, and a person votes on each at most once. */
const ideas = ci ? 100 : 400;

const vote = `mutation Vote($id: ID!) { voteIdea(input: { ideaId: $id }) { errors { message } idea { voteCount } } }`;

type Side = PeopleResult & { counted: number; stored: number; exact: boolean };

/** A fresh database with the people (each with a session) and the ideas, no votes yet; `serve` starts the side's server. */
async function run(name: string, serve: (databaseUrl: string) => Promise<{ url: string; close: () => Promise<void> }>, migrate: (databaseUrl: string) => Promise<() => Promise<void>>): Promise<Side> {
  return withDatabase(async (databaseUrl) => {
    const stopMigrator = await migrate(databaseUrl);
    await seedFeed(databaseUrl, { ideas, votes: 0, comments: 0, people: peopleCount });
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      await client.query('delete from idea_votes');
      await client.query('update ideas set vote_count = 0');
      const ideaIds = (await client.query<{ id: string }>('select id from ideas order by created_at')).rows.map((row) => toGlobalId('Idea', row.id));
      const tokens = await createSessions(databaseUrl, peopleCount);
      const server = await serve(databaseUrl);
      try {
        if (profile && api && name.startsWith('Gotong')) await api.ask<'profile'>({ type: 'profile', action: 'start' });
        const measured = await measurePeople({
          url: server.url,
          tokens,
          bodies: ideaIds.map((id) => JSON.stringify({ query: vote, variables: { id } })),
          seconds,
          success: ['data', 'voteIdea', 'idea'],
        });
        if (profile && api && name.startsWith('Gotong')) console.log(`CPU profile of the API: ${(await api.ask<'profile'>({ type: 'profile', action: 'stop' })).file}`);
        const { rows } = await client.query<{ counted: number; stored: number; wrong: number }>(
          `select (select coalesce(sum(vote_count), 0)::int from ideas) as counted, (select count(*)::int from idea_votes) as stored,
             (select count(*)::int from ideas i where i.vote_count <> (select count(*) from idea_votes v where v.idea_id = i.id)) as wrong`,
        );
        const { counted, stored, wrong } = rows[0];
        console.log(`${name}: ${measured.succeeded.toLocaleString()} votes answered as counted, ${stored.toLocaleString()} stored, counts sum to ${counted.toLocaleString()}, ${wrong} ideas miscounted`);
        return { ...measured, counted, stored, exact: wrong === 0 && counted === stored && stored === measured.succeeded };
      } finally {
        await server.close();
      }
    } finally {
      await client.end();
      await stopMigrator();
    }
  });
}

const started = machine();
console.log(`${started.cpus}, ${started.cores} cores, load average ${started.loadAverage.join(' ')}, commit ${started.commit}`);
console.log(`${peopleCount.toLocaleString()} people at once, ${seconds} s each side`);
const environment = (databaseUrl: string) => ({
  DATABASE_URL: databaseUrl,
  RATE_LIMIT_WRITES_PER_PERSON_PER_MINUTE: '100000',
  RATE_LIMIT_WRITES_PER_ADDRESS_PER_MINUTE: '10000000',
});
let api: ApiProcess | null = null;
// The API migrates its database; the bare side's is migrated by an API process that stops before the bare server starts.
const gotong = await run(
  'Gotong voteIdea',
  async () => ({ url: `${await api!.url}/graphql`, close: async () => undefined }),
  async (databaseUrl) => {
    api = new ApiProcess(environment(databaseUrl));
    await api.url;
    await api.ask<'log-statements'>({ type: 'log-statements', on: false });
    return () => api!.close();
  },
);
const bareSide = (name: string, named: boolean) =>
  run(
    name,
    (databaseUrl) => startBareServer('bare-votes-server.ts', { BARE_VOTES_DATABASE_URL: databaseUrl, BARE_NAMED_STATEMENTS: named ? '1' : '0' }),
    async (databaseUrl) => {
      const migrator = new ApiProcess(environment(databaseUrl));
      await migrator.url;
      await migrator.close();
      return async () => undefined;
    },
  );
const bare = await bareSide('bare http + session + pg', false);
// For reference, not the target: the baseline with its statements prepared once per connection, as the API's are.
const bareNamed = await bareSide('bare, named statements', true);

const ratio = gotong.requestsPerSecond / bare.requestsPerSecond;
const figure = (side: Side) => ({ 'votes/s': Math.round(side.requestsPerSecond), 'p50 ms': Math.round(side.latencyP50), 'p99 ms': Math.round(side.latencyP99), failed: side.errors + side.non2xx, exact: side.exact });
console.table({ 'Gotong voteIdea': figure(gotong), 'bare http + session + pg': figure(bare), 'bare, named statements': figure(bareNamed) });
const namedRatio = gotong.requestsPerSecond / bareNamed.requestsPerSecond;
const met = ratio >= 0.5 && gotong.exact && bare.exact;
console.log(`votes per second, Gotong / bare: ${ratio.toFixed(2)} (target ≥ 0.50, counts exact) ${met ? 'met' : 'NOT met'}`);
console.log(`votes per second, Gotong / the bare with named statements (for reference): ${namedRatio.toFixed(2)}`);
const finished = machine();
if (!ci) {
  const directory = path.join(path.dirname(new URL(import.meta.url).pathname), 'results');
  await mkdir(directory, { recursive: true });
  const file = path.join(directory, `votes-${started.date.slice(0, 16).replace(/[:T]/g, '-')}.json`);
  await writeFile(file, `${JSON.stringify({ machine: { ...started, loadAverageAtEnd: finished.loadAverage }, people: peopleCount, seconds, gotong, bare, bareNamed, ratio, namedRatio, target: 0.5, met }, null, 2)}\n`);
  console.log(`results: ${path.relative(process.cwd(), file)}`);
}
console.log(`load average at the end: ${finished.loadAverage.join(' ')}`);
if (!gotong.exact || !bare.exact || !bareNamed.exact) process.exit(1);
