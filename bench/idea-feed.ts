/**
 * The idea feed against its baselines (DESIGN §7), on a real PostgreSQL server:
 * 1. throughput of `ideas(first: 20)` with author, vote count, comment count and the viewer's vote, against a bare
 *    Node `http` + `pg` endpoint serving the same rows from the same database (target: at least half);
 * 2. the feed's latency on a large table against a small one (target: within 2×).
 * The endpoints are measured in alternating rounds, so that other work on the machine slows them alike.
 * Usage: DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/idea-feed.ts [--full] [--seconds N]
 * (--full: 1 million ideas and 10 million votes; the default large table is 100,000 ideas and 1 million votes).
 */
import 'reflect-metadata';
import pg from 'pg';
import { loadConfig } from '../apps/api/src/core/config.js';
import { createLogger } from '../apps/api/src/core/logger.js';
import { startServer } from '../apps/api/src/server.js';
import { measureInterleaved, report, startBareEndpoint, withDatabase, type Throughput } from './harness.js';

const full = process.argv.includes('--full');
const secondsArgument = process.argv.indexOf('--seconds');
const seconds = secondsArgument > 0 ? Number(process.argv[secondsArgument + 1]) : 10;
const connections = 10;
const rounds = 5;
const votesPerIdea = 10;
const people = 2_000;

const feedQuery = `query Feed { ideas(first: 20, orderBy: NEW) { edges { node { id title author { displayName } voteCount commentCount viewerHasVoted } } } }`;
const baselineSql = `
  select i.id, i.title, u.display_name, i.vote_count,
    (select count(*) from comments c where c.subject_type = 'Idea' and c.subject_id = i.id) as comment_count,
    exists (select 1 from idea_votes v where v.idea_id = i.id and v.user_id = $1) as viewer_has_voted
  from ideas i join users u on u.id = i.author_id
  where i.hidden_at is null
  order by i.created_at desc, i.id desc limit 20`;

/** Fills the migrated database with people, ideas, votes and some comments, in bulk SQL. */
async function seed(databaseUrl: string, ideas: number): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query(`insert into users (id, created_at, updated_at, email, display_name, password_hash)
    select gen_random_uuid(), now(), now(), 'warga' || n || '@bench.id', 'Warga ' || n, 'x' from generate_series(1, ${people}) n`);
  await client.query(`insert into ideas (id, created_at, updated_at, kind, title, body, body_html, author_id, vote_count, hot_score)
    select gen_random_uuid(), now() - (n || ' minutes')::interval, now(), 'PROBLEM', 'Gagasan nomor ' || n, 'Isi gagasan', '<p>Isi gagasan</p>',
      (select id from users order by id offset (n % ${people}) limit 1), ${votesPerIdea}, n
    from generate_series(1, ${ideas}) n`);
  await client.query(`insert into idea_votes (id, created_at, updated_at, idea_id, user_id)
    select gen_random_uuid(), now(), now(), i.id, u.id
    from (select id, row_number() over () as r from ideas) i
    cross join lateral (select id from users offset (i.r % (${people} - ${votesPerIdea})) limit ${votesPerIdea}) u`);
  await client.query('analyze');
  await client.end();
}

type Measured = { gotong: Throughput; floor: Throughput; baseline: Throughput };

async function feedAgainstBaseline(ideas: number): Promise<Measured> {
  return withDatabase(async (databaseUrl) => {
    const config = loadConfig({ NODE_ENV: 'production', PORT: '0', HOST: '127.0.0.1', DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent', SEED_DEMO: '0',
      RATE_LIMIT_WRITES_PER_ADDRESS_PER_MINUTE: '100000' });
    const server = await startServer({ config, logger: createLogger('silent'), serveWeb: false });
    const started = Date.now();
    await seed(databaseUrl, ideas);
    console.log(`seeded ${ideas.toLocaleString()} ideas and ${(ideas * votesPerIdea).toLocaleString()} votes in ${Math.round((Date.now() - started) / 1000)} s`);
    const register = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { register(input: { email: "pembaca@bench.id", password: "kata-sandi-rahasia", displayName: "Pembaca", acceptPrivacyPolicy: true }) { token viewer { id } } }' }),
    }).then((response) => response.json() as Promise<{ data: { register: { token: string; viewer: { id: string } } } }>);
    const { token, viewer } = register.data.register;
    const viewerUuid = Buffer.from(viewer.id, 'base64url').toString().split(':')[1];
    const baselineEndpoint = await startBareEndpoint(databaseUrl, baselineSql, [viewerUuid]);
    try {
      const body = JSON.stringify({ query: feedQuery });
      const check = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
      const checked = (await check.json()) as { data?: { ideas: { edges: unknown[] } }; errors?: unknown };
      if (!checked.data || checked.data.ideas.edges.length !== 20) throw new Error(`the feed did not answer: ${JSON.stringify(checked.errors)}`);
      const headers = { authorization: `Bearer ${token}` };
      // The floor: the same signed-in request through the same stack, resolving nothing.
      const measured = await measureInterleaved(
        {
          gotong: { url: `${server.url}/graphql`, body, headers },
          floor: { url: `${server.url}/graphql`, body: JSON.stringify({ query: '{ __typename }' }), headers },
          baseline: { url: baselineEndpoint.url, body: '{}' },
        },
        { seconds, rounds, connections },
      );
      return measured;
    } finally {
      await baselineEndpoint.close();
      await server.close();
    }
  });
}

const small = await feedAgainstBaseline(1_000);
report('idea feed, 1,000 ideas', { 'Gotong ideas(first: 20)': small.gotong, 'Gotong { __typename }': small.floor, 'bare http + pg': small.baseline });
const largeIdeas = full ? 1_000_000 : 100_000;
const large = await feedAgainstBaseline(largeIdeas);
report(`idea feed, ${largeIdeas.toLocaleString()} ideas`, { 'Gotong ideas(first: 20)': large.gotong, 'Gotong { __typename }': large.floor, 'bare http + pg': large.baseline });

const throughputRatio = small.gotong.requestsPerSecond / small.baseline.requestsPerSecond;
const latencyRatio = large.gotong.latencyP50 / Math.max(small.gotong.latencyP50, 1);
console.log(`\nthroughput, Gotong { __typename } / bare (the stack's floor): ${(small.floor.requestsPerSecond / small.baseline.requestsPerSecond).toFixed(2)}`);
console.log(`throughput, Gotong / bare: ${throughputRatio.toFixed(2)} (target ≥ 0.50) ${throughputRatio >= 0.5 ? 'met' : 'NOT met'}`);
console.log(`p50 latency, ${largeIdeas.toLocaleString()} / 1,000 ideas: ${latencyRatio.toFixed(2)}× (target ≤ 2) ${latencyRatio <= 2 ? 'met' : 'NOT met'}`);
