/**
 * The idea feed against a fair baseline (DESIGN §7, issue 16), on a real PostgreSQL server, with every party in a
 * process of its own: the API (bench/api-server.ts), the bare baseline (bench/bare-feed-server.ts: the same session
 * check and the same rows by hand through `pg`) and the load generator (bench/load-generator.ts).
 * 1. Throughput of a signed-in `ideas(first: 20)` with author, vote count, comment count and the viewer's vote, against
 *    the baseline (target: at least half), with `{ __typename }` through the same stack as the floor, and the feed's
 *    p99 against its p50 (target: within 3×); the API's garbage collection during a run of the feed alone.
 * 2. Scale: the p50 of one reader's feed (one connection, no queueing) on a large table against the 1,000-idea one,
 *    for NEW, TOP and HOT, a service, a tag and a text search, and a rare tag and a rare word (target: within 2×), with
 *    the plan of each statement.
 * Endpoints measured together run in alternating rounds, so that other work on the machine slows them alike; so do the
 * two feeds of the scale figures (the 1,000-idea one stays up while the large one is seeded).
 * Usage: DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:feed -- [--full] [--ci] [--seconds N] [--rounds N] [--profile]
 * (large table: 100,000 ideas, 1,000,000 votes, 200,000 comments; --full: 1,000,000, 10,000,000 and 2,000,000;
 * --ci: 2,000 ideas and a second per figure; --profile: a CPU profile of the API during the feed's own run;
 * --only floor: only `{ __typename }` against the bare baseline, profiled during a run of its own with --profile).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { ApiProcess, machine, measure, measureInterleaved, report, startBareServer, withDatabase, type Throughput } from './harness.js';
import { createSessions, rareTag, seedFeed, topics, type FeedScale, type Seeded } from './feed-seed.js';

const ci = process.argv.includes('--ci');
const full = process.argv.includes('--full');
const profile = process.argv.includes('--profile');
const onlyArgument = process.argv.indexOf('--only');
const onlyFloor = onlyArgument > 0 && process.argv[onlyArgument + 1] === 'floor';
const secondsArgument = process.argv.indexOf('--seconds');
const seconds = secondsArgument > 0 ? Number(process.argv[secondsArgument + 1]) : ci ? 1 : 10;
const roundsArgument = process.argv.indexOf('--rounds');
const rounds = roundsArgument > 0 ? Number(process.argv[roundsArgument + 1]) : ci ? 1 : 5;
const connections = 10;
const latencySeconds = ci ? 1 : 4;

const smallScale: FeedScale = { ideas: 1_000, votes: 10_000, comments: 2_000, people: 2_000 };
const largeScale: FeedScale = full
  ? { ideas: 1_000_000, votes: 10_000_000, comments: 2_000_000, people: 20_000 }
  : ci
    ? { ideas: 2_000, votes: 20_000, comments: 4_000, people: 2_000 }
    : { ideas: 100_000, votes: 1_000_000, comments: 200_000, people: 5_000 };

const feedQuery = `query Feed($order: IdeaOrder!, $filter: IdeaFilter) {
  ideas(first: 20, orderBy: $order, filter: $filter) { edges { node { id title author { displayName } voteCount commentCount viewerHasVoted } } }
}`;

type Case = { name: string; variables: (seeded: Seeded) => Record<string, unknown> };
const cases: Case[] = [
  { name: 'NEW', variables: () => ({ order: 'NEW' }) },
  { name: 'TOP', variables: () => ({ order: 'TOP' }) },
  { name: 'HOT', variables: () => ({ order: 'HOT' }) },
  { name: 'NEW, one service', variables: (seeded) => ({ order: 'NEW', filter: { serviceId: seeded.services[3] } }) },
  { name: 'NEW, one tag', variables: (seeded) => ({ order: 'NEW', filter: { tag: seeded.tags[7] } }) },
  { name: `NEW, text "${topics[1]}"`, variables: () => ({ order: 'NEW', filter: { text: topics[1] } }) },
  // Few matches: the index in date order no longer finds a page quickly, the tag's or the words' index must.
  { name: `NEW, a rare tag`, variables: () => ({ order: 'NEW', filter: { tag: rareTag } }) },
  // Idea 777's number, and as a prefix 7770–7779, 77700–77799…: one idea in about 900 at any scale from 100,000.
  { name: `NEW, a rare word ("777")`, variables: () => ({ order: 'NEW', filter: { text: '777' } }) },
];

type Feed = { databaseUrl: string; api: ApiProcess; url: string; token: string; seeded: Seeded };

/** A database of its own with the API on it (which migrates it), seeded at `scale`, and one reader's session. */
function withFeed<T>(scale: FeedScale, run: (feed: Feed) => Promise<T>): Promise<T> {
  return withDatabase(async (databaseUrl) => {
    const api = new ApiProcess({ DATABASE_URL: databaseUrl });
    try {
      const url = `${await api.url}/graphql`;
      const seeded = await seedFeed(databaseUrl, scale);
      console.log(`seeded ${scale.ideas.toLocaleString()} ideas, ${scale.votes.toLocaleString()} votes, ${scale.comments.toLocaleString()} comments in ${seeded.seconds} s`);
      const [token] = await createSessions(databaseUrl, 1);
      // Measured without the statement logging (turned on only to capture a statement for its plan).
      await api.ask<'log-statements'>({ type: 'log-statements', on: false });
      return await run({ databaseUrl, api, url, token, seeded });
    } finally {
      await api.close();
    }
  });
}

async function post(url: string, body: string, token: string): Promise<unknown> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
  return response.json();
}

type ThroughputResult = {
  gotong?: Throughput;
  namedBaseline?: Throughput;
  floor: Throughput;
  baseline: Throughput;
  garbageCollection: { collections: number; major: number; milliseconds: number; longestMilliseconds: number; shareOfCpu: number; requests: number };
  profile: string | null;
};

async function throughput(feed: Feed): Promise<ThroughputResult> {
  const bare = await startBareServer('bare-feed-server.ts', { BARE_FEED_DATABASE_URL: feed.databaseUrl });
  // For reference, not the target: the baseline with its statements prepared once per connection, as the API's are.
  const bareNamed = await startBareServer('bare-feed-server.ts', { BARE_FEED_DATABASE_URL: feed.databaseUrl, BARE_NAMED_STATEMENTS: '1' });
  try {
    const body = JSON.stringify({ query: feedQuery, variables: { order: 'NEW' } });
    // Both answer the same: the same 20 ideas with the same figures, in the same JSON.
    const [gotongAnswer, bareAnswer, namedAnswer] = await Promise.all([post(feed.url, body, feed.token), post(bare.url, '{}', feed.token), post(bareNamed.url, '{}', feed.token)]);
    if (JSON.stringify(gotongAnswer) !== JSON.stringify(bareAnswer) || JSON.stringify(bareAnswer) !== JSON.stringify(namedAnswer)) {
      const shown = [gotongAnswer, bareAnswer, namedAnswer].map((answer) => JSON.stringify(answer).slice(0, 400));
      throw new Error(`the feed and the baselines answer differently:\n${shown.join('\n')}`);
    }
    const headers = { authorization: `Bearer ${feed.token}` };
    const floorBody = JSON.stringify({ query: '{ __typename }' });
    const floorTargets = {
      floor: { url: feed.url, body: floorBody, headers, pid: feed.api.pid },
      baseline: { url: bare.url, body: '{}', headers, pid: bare.pid },
    };
    const measured: Omit<ThroughputResult, 'garbageCollection' | 'profile'> = onlyFloor
      ? await measureInterleaved(floorTargets, { seconds, rounds, connections })
      : await measureInterleaved(
          { gotong: { url: feed.url, body, headers, pid: feed.api.pid }, ...floorTargets, namedBaseline: { url: bareNamed.url, body: '{}', headers, pid: bareNamed.pid } },
          { seconds, rounds, connections },
        );
    // The feed (or the floor) alone once more, for the API's garbage collection (and its CPU profile when asked).
    await feed.api.ask<'gc'>({ type: 'gc' });
    if (profile) await feed.api.ask<'profile'>({ type: 'profile', action: 'start' });
    const alone = await measure(feed.url, onlyFloor ? floorBody : body, { seconds: Math.max(1, Math.round(seconds / 2)), connections, headers });
    const profileFile = profile ? (await feed.api.ask<'profile'>({ type: 'profile', action: 'stop' })).file : null;
    const gc = await feed.api.ask<'gc'>({ type: 'gc' });
    return {
      ...measured,
      garbageCollection: { collections: gc.collections, major: gc.major, milliseconds: Math.round(gc.milliseconds), longestMilliseconds: Math.round(gc.longestMilliseconds * 10) / 10, shareOfCpu: gc.milliseconds / gc.cpuMilliseconds, requests: alone.requests ?? 0 },
      profile: profileFile,
    };
  } finally {
    await Promise.all([bare.close(), bareNamed.close()]);
  }
}

type ScaleLatency = { small: Throughput; large: Throughput; plan: string | null };

// Each case's seconds on each side, in this many alternating rounds, so that a machine whose speed drifts slows both alike.
const latencyRounds = ci ? 1 : 2;

/** One reader's feed, one connection at a time, for each case on both feeds in alternating rounds, with the plan of the statement the API ran on the large one. */
async function latencies(smallFeed: Feed, largeFeed: Feed): Promise<ScaleLatency[]> {
  const results: ScaleLatency[] = [];
  const client = new pg.Client({ connectionString: largeFeed.databaseUrl });
  await client.connect();
  try {
    for (const testCase of cases) {
      await expectIdeas(smallFeed, testCase);
      const plan = await planOf(largeFeed, client, testCase);
      const target = (feed: Feed) => ({ url: feed.url, body: JSON.stringify({ query: feedQuery, variables: testCase.variables(feed.seeded) }), headers: { authorization: `Bearer ${feed.token}` } });
      const measured = await measureInterleaved({ small: target(smallFeed), large: target(largeFeed) }, { seconds: latencySeconds, rounds: latencyRounds, connections: 1 });
      const failed = measured.small.errors + measured.small.non2xx + measured.large.errors + measured.large.non2xx;
      if (failed > 0) throw new Error(`${testCase.name}: ${failed} failed requests`);
      results.push({ ...measured, plan });
    }
  } finally {
    await client.end();
  }
  return results;
}

/** The case's page on `feed`, which must hold ideas (a page of errors would be measured as fast). */
async function expectIdeas(feed: Feed, testCase: Case): Promise<void> {
  const body = JSON.stringify({ query: feedQuery, variables: testCase.variables(feed.seeded) });
  const answer = (await post(feed.url, body, feed.token)) as { data?: { ideas: { edges: unknown[] } }; errors?: unknown };
  if (!answer.data || answer.data.ideas.edges.length === 0) throw new Error(`${testCase.name}: no ideas: ${JSON.stringify(answer.errors)}`);
}

/** The case's page on `feed`, and the plan of the statement the API ran for it. */
async function planOf(feed: Feed, client: pg.Client, testCase: Case): Promise<string | null> {
  await feed.api.ask<'log-statements'>({ type: 'log-statements', on: true });
  await feed.api.ask<'recent-statements'>({ type: 'recent-statements' });
  await expectIdeas(feed, testCase);
  await feed.api.ask<'log-statements'>({ type: 'log-statements', on: false });
  const { statements } = await feed.api.ask<'recent-statements'>({ type: 'recent-statements' });
  const page = statements.map(loggedStatement).findLast((statement) => statement.includes('from ideas i'));
  if (!page) return null;
  try {
    return (await client.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers off, timing off, summary on) ${page}`)).rows.map((row) => row['QUERY PLAN']).join('\n');
  } catch (error) {
    throw new Error(`${testCase.name}: EXPLAIN failed (${String(error)}) on: ${page}`);
  }
}

/** The statement of a MikroORM log line: "[query] <sql with its values> [took N ms, M results]", maybe coloured. */
function loggedStatement(message: string): string {
  // eslint-disable-next-line no-control-regex
  const plain = message.replace(/\u001b\[[0-9;]*m/g, '');
  return plain.replace(/^\[query\]\s*/, '').replace(/\s*\[took [^\]]*\]\s*(\(via [^)]*\))?\s*$/, '');
}

const started = machine();
console.log(`${started.cpus}, ${started.cores} cores, load average ${started.loadAverage.join(' ')}, commit ${started.commit}`);
// The 1,000-idea feed stays up while the large one is seeded, so that the two are measured side by side.
const small = await withFeed(smallScale, async (smallFeed) => {
  const measured = await throughput(smallFeed);
  if (onlyFloor) return { throughput: measured, scale: [] };
  report('signed-in idea feed, 1,000 ideas (10 connections)', {
    'Gotong ideas(first: 20)': measured.gotong!,
    'Gotong { __typename }': measured.floor,
    'bare http + session + pg': measured.baseline,
    'bare, named statements': measured.namedBaseline!,
  });
  return { throughput: measured, scale: await withFeed(largeScale, (largeFeed) => latencies(smallFeed, largeFeed)) };
});
if (onlyFloor) {
  const { floor, baseline, profile: profileFile } = small.throughput;
  report('signed-in { __typename } against the bare feed, 1,000 ideas (10 connections)', { 'Gotong { __typename }': floor, 'bare http + session + pg': baseline });
  console.log(`server CPU per request: { __typename } ${floor.cpuMillisecondsPerRequest?.toFixed(2)} ms, bare ${baseline.cpuMillisecondsPerRequest?.toFixed(2)} ms`);
  if (profileFile) console.log(`CPU profile of the API during { __typename }'s run: ${profileFile}`);
  console.log(`load average at the end: ${machine().loadAverage.join(' ')}`);
  process.exit(0);
}
const scaleRows = cases.map((testCase, index) => {
  const { small: atSmall, large: atLarge, plan } = small.scale[index];
  // autocannon's percentiles are whole milliseconds; one connection's mean (1 / its req/s) is not, and shows what a
  // p50 of 1 against 3 hides.
  const smallMean = 1000 / atSmall.requestsPerSecond;
  const largeMean = 1000 / atLarge.requestsPerSecond;
  return { case: testCase.name, smallP50: atSmall.latencyP50, largeP50: atLarge.latencyP50, ratio: atLarge.latencyP50 / Math.max(atSmall.latencyP50, 1), smallMean, largeMean, meanRatio: largeMean / smallMean, plan };
});
console.log(`\none reader's feed (one connection), p50 in ms: 1,000 ideas against ${largeScale.ideas.toLocaleString()}`);
console.table(
  Object.fromEntries(
    scaleRows.map((row) => [
      row.case,
      {
        '1,000': row.smallP50,
        [largeScale.ideas.toLocaleString()]: row.largeP50,
        ratio: Number(row.ratio.toFixed(2)),
        met: row.ratio <= 2,
        'mean ms, 1,000': Number(row.smallMean.toFixed(2)),
        [`mean ms, ${largeScale.ideas.toLocaleString()}`]: Number(row.largeMean.toFixed(2)),
        'mean ratio': Number(row.meanRatio.toFixed(2)),
      },
    ]),
  ),
);
for (const row of scaleRows) console.log(`\nplan at ${largeScale.ideas.toLocaleString()} ideas, ${row.case}:\n${row.plan ?? '(not captured)'}`);

const { floor, baseline, garbageCollection } = small.throughput;
const gotong = small.throughput.gotong!;
const throughputRatio = gotong.requestsPerSecond / baseline.requestsPerSecond;
const tailRatio = gotong.latencyP99 / Math.max(gotong.latencyP50, 1);
console.log(`\nthroughput, Gotong { __typename } / bare (the stack's floor): ${(floor.requestsPerSecond / baseline.requestsPerSecond).toFixed(2)}`);
console.log(`throughput, Gotong feed / bare: ${throughputRatio.toFixed(2)} (target ≥ 0.50) ${throughputRatio >= 0.5 ? 'met' : 'NOT met'}`);
const namedRatio = gotong.requestsPerSecond / small.throughput.namedBaseline!.requestsPerSecond;
console.log(`throughput, Gotong feed / the bare with named statements (for reference): ${namedRatio.toFixed(2)}`);
// Steadier than req/s on a shared machine: what a request costs the server's process, whatever else runs.
const cpuRatio = (baseline.cpuMillisecondsPerRequest ?? 0) / Math.max(gotong.cpuMillisecondsPerRequest ?? 0, 0.001);
console.log(
  `server CPU per request: Gotong feed ${gotong.cpuMillisecondsPerRequest?.toFixed(2)} ms, { __typename } ${floor.cpuMillisecondsPerRequest?.toFixed(2)} ms, ` +
    `bare ${baseline.cpuMillisecondsPerRequest?.toFixed(2)} ms: the bare's / the feed's ${cpuRatio.toFixed(2)}`,
);
console.log(`feed p99 / p50: ${gotong.latencyP99} / ${gotong.latencyP50} ms = ${tailRatio.toFixed(1)}× (target ≤ 3) ${tailRatio <= 3 ? 'met' : 'NOT met'}`);
console.log(
  `garbage collection during ${garbageCollection.requests.toLocaleString()} feed requests: ${garbageCollection.collections} collections ` +
    `(${garbageCollection.major} major), ${garbageCollection.milliseconds} ms, the longest ${garbageCollection.longestMilliseconds} ms, ` +
    `${(garbageCollection.shareOfCpu * 100).toFixed(1)} % of the API's CPU time`,
);
if (small.throughput.profile) console.log(`CPU profile of the API during the feed's run: ${small.throughput.profile}`);

const finished = machine();
if (!ci) {
  const directory = path.join(path.dirname(new URL(import.meta.url).pathname), 'results');
  await mkdir(directory, { recursive: true });
  const file = path.join(directory, `idea-feed-${full ? 'full-' : ''}${started.date.slice(0, 16).replace(/[:T]/g, '-')}.json`);
  await writeFile(
    file,
    `${JSON.stringify(
      {
        machine: { ...started, loadAverageAtEnd: finished.loadAverage },
        scales: { small: smallScale, large: largeScale },
        throughput: { gotong, floor, baseline, namedBaseline: small.throughput.namedBaseline, ratio: throughputRatio, namedRatio, cpuPerRequestRatio: cpuRatio, target: 0.5, met: throughputRatio >= 0.5 },
        tail: { p50: gotong.latencyP50, p99: gotong.latencyP99, ratio: tailRatio, target: 3, met: tailRatio <= 3 },
        garbageCollection,
        scale: scaleRows.map((row) => ({ ...row, target: 2, met: row.ratio <= 2 })),
      },
      null,
      2,
    )}\n`,
  );
  console.log(`\nresults: ${path.relative(process.cwd(), file)}`);
}
console.log(`load average at the end: ${finished.loadAverage.join(' ')}`);
