/**
 * The write path (issue 16): votes per second from many distinct people at once (1,000, each signed in with a session
 * of their own, each on a connection of their own), through `voteIdea` over HTTP, against a bare baseline in the same
 * run (bench/bare-votes-server.ts: the same session check, then the same insert and counter update in one transaction
 * through `pg`; and, for reference, the same with its statements named, prepared once per connection). Each person
 * votes on the ideas one after another, each starting at another idea. Each side has a database and a server of its
 * own, all started first; the sides are then measured in alternating rounds (each round on ideas of its own, so that
 * nobody votes twice), so that a machine whose speed drifts slows them alike. Afterwards every idea's count must equal
 * its votes, and the votes the answers that said they were counted (target: at least half the baseline's votes per
 * second, with exact counts).
 * Usage: DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:votes -- [--people N (1,000)] [--seconds S (15)] [--rounds R (3)] [--profile] [--ci]
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { toGlobalId } from '../apps/api/src/core/global-id.js';
import { createSessions, seedFeed } from './feed-seed.js';
import { ApiProcess, machine, measurePeople, processCpuMilliseconds, startBareServer, withDatabase } from './harness.js';
import type { PeopleResult } from './load-generator.js';

const ci = process.argv.includes('--ci');
const argument = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
};
const peopleCount = argument('people', ci ? 50 : 1_000);
const seconds = argument('seconds', ci ? 3 : 15);
const rounds = argument('rounds', ci ? 1 : 3);
const roundSeconds = Math.max(1, Math.round(seconds / rounds));
const profile = process.argv.includes('--profile');
/** More ideas in each round than anyone can vote on in its time: nobody runs out, and a person votes on each at most once. */
const ideasPerRound = ci ? 100 : 400;

const vote = `mutation Vote($id: ID!) { voteIdea(input: { ideaId: $id }) { errors { message } idea { voteCount } } }`;

/** `api`: the API's process, for its CPU profile (Gotong's side only). */
type Server = { url: string; pid: number; close: () => Promise<void>; api?: ApiProcess };
type Side = { name: string; server: Server; tokens: string[]; bodiesByRound: string[][]; client: pg.Client; runs: PeopleResult[]; cpuMilliseconds: number };
type Figures = PeopleResult & { cpuMillisecondsPerVote: number; counted: number; stored: number; exact: boolean };

const environment = (databaseUrl: string) => ({
  DATABASE_URL: databaseUrl,
  RATE_LIMIT_WRITES_PER_PERSON_PER_MINUTE: '100000',
  RATE_LIMIT_WRITES_PER_ADDRESS_PER_MINUTE: '10000000',
});

/** Each side's database: migrated by an API process, seeded with the people (each with a session) and the ideas, no votes. */
async function prepare(name: string, databaseUrl: string, serve: (databaseUrl: string) => Promise<Server>): Promise<Side> {
  const migrator = new ApiProcess(environment(databaseUrl));
  await migrator.url;
  await migrator.close();
  await seedFeed(databaseUrl, { ideas: ideasPerRound * rounds, votes: 0, comments: 0, people: peopleCount });
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query('delete from idea_votes');
  await client.query('update ideas set vote_count = 0');
  const ideaIds = (await client.query<{ id: string }>('select id from ideas order by created_at')).rows.map((row) => toGlobalId('Idea', row.id));
  const bodies = ideaIds.map((id) => JSON.stringify({ query: vote, variables: { id } }));
  const bodiesByRound = Array.from({ length: rounds }, (_, round) => bodies.slice(round * ideasPerRound, (round + 1) * ideasPerRound));
  const tokens = await createSessions(databaseUrl, peopleCount);
  return { name, server: await serve(databaseUrl), tokens, bodiesByRound, client, runs: [], cpuMilliseconds: 0 };
}

async function startApi(databaseUrl: string): Promise<Server> {
  const api = new ApiProcess(environment(databaseUrl));
  const url = `${await api.url}/graphql`;
  await api.ask<'log-statements'>({ type: 'log-statements', on: false });
  return { url, pid: api.pid, close: () => api.close(), api };
}

const bareServer = (named: boolean) => (databaseUrl: string) =>
  startBareServer('bare-votes-server.ts', { BARE_VOTES_DATABASE_URL: databaseUrl, BARE_NAMED_STATEMENTS: named ? '1' : '0' });

async function measureRound(side: Side, round: number): Promise<void> {
  const cpuBefore = await processCpuMilliseconds(side.server.pid);
  side.runs.push(await measurePeople({ url: side.server.url, tokens: side.tokens, bodies: side.bodiesByRound[round], seconds: roundSeconds, success: ['data', 'voteIdea', 'idea'] }));
  side.cpuMilliseconds += (await processCpuMilliseconds(side.server.pid)) - cpuBefore;
}

/** The side's rounds together, and whether the database holds exactly the votes its answers said were counted. */
async function figures(side: Side): Promise<Figures> {
  const total = (pick: (run: PeopleResult) => number) => side.runs.reduce((sum, run) => sum + pick(run), 0);
  const succeeded = total((run) => run.succeeded);
  const { rows } = await side.client.query<{ counted: number; stored: number; wrong: number }>(
    `select (select coalesce(sum(vote_count), 0)::int from ideas) as counted, (select count(*)::int from idea_votes) as stored,
       (select count(*)::int from ideas i where i.vote_count <> (select count(*) from idea_votes v where v.idea_id = i.id)) as wrong`,
  );
  const { counted, stored, wrong } = rows[0];
  console.log(`${side.name}: ${succeeded.toLocaleString()} votes answered as counted, ${stored.toLocaleString()} stored, counts sum to ${counted.toLocaleString()}, ${wrong} ideas miscounted`);
  const requests = total((run) => run.requests);
  // Each round's own length: its seconds and the time the answers in flight at its end took to come.
  const elapsedSeconds = total((run) => run.requests / run.requestsPerSecond);
  return {
    requestsPerSecond: requests / elapsedSeconds,
    latencyP50: total((run) => run.latencyP50) / side.runs.length,
    latencyP99: Math.max(...side.runs.map((run) => run.latencyP99)),
    errors: total((run) => run.errors),
    non2xx: total((run) => run.non2xx),
    requests,
    succeeded,
    cpuMillisecondsPerVote: side.cpuMilliseconds / Math.max(1, requests),
    counted,
    stored,
    exact: wrong === 0 && counted === stored && stored === succeeded,
  };
}

const started = machine();
console.log(`${started.cpus}, ${started.cores} cores, load average ${started.loadAverage.join(' ')}, commit ${started.commit}`);
console.log(`${peopleCount.toLocaleString()} people at once, ${rounds} rounds of ${roundSeconds} s on each side`);
const [gotong, bare, bareNamed] = await withDatabase((gotongUrl) =>
  withDatabase((bareUrl) =>
    withDatabase(async (namedUrl) => {
      const sides: Side[] = [];
      try {
        sides.push(await prepare('Gotong voteIdea', gotongUrl, startApi));
        sides.push(await prepare('bare http + session + pg', bareUrl, bareServer(false)));
        // For reference, not the target: the baseline with its statements prepared once per connection, as the API's are.
        sides.push(await prepare('bare, named statements', namedUrl, bareServer(true)));
        const { api } = sides[0].server;
        if (profile) await api!.ask<'profile'>({ type: 'profile', action: 'start' });
        // Each round in another order, so that no side is always the one measured right after another's load.
        for (let round = 0; round < rounds; round += 1) {
          for (let turn = 0; turn < sides.length; turn += 1) await measureRound(sides[(round + turn) % sides.length], round);
        }
        if (profile) console.log(`CPU profile of the API (all its rounds and the others' between): ${(await api!.ask<'profile'>({ type: 'profile', action: 'stop' })).file}`);
        return await Promise.all(sides.map(figures));
      } finally {
        for (const side of sides) {
          await side.server.close();
          await side.client.end();
        }
      }
    }),
  ),
);

const ratio = gotong.requestsPerSecond / bare.requestsPerSecond;
const figure = (side: Figures) => ({
  'votes/s': Math.round(side.requestsPerSecond),
  'p50 ms': Math.round(side.latencyP50),
  'p99 ms': Math.round(side.latencyP99),
  'server CPU ms a vote': Number(side.cpuMillisecondsPerVote.toFixed(2)),
  failed: side.errors + side.non2xx,
  exact: side.exact,
});
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
  await writeFile(file, `${JSON.stringify({ machine: { ...started, loadAverageAtEnd: finished.loadAverage }, people: peopleCount, rounds, roundSeconds, gotong, bare, bareNamed, ratio, namedRatio, target: 0.5, met }, null, 2)}\n`);
  console.log(`results: ${path.relative(process.cwd(), file)}`);
}
console.log(`load average at the end: ${finished.loadAverage.join(' ')}`);
if (!gotong.exact || !bare.exact || !bareNamed.exact) process.exit(1);
