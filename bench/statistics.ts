/**
 * The cost of `stats` (issue 15) at 100,000 ideas against the signed-in idea feed in the same run, on a real PostgreSQL
 * server, the API in a process of its own (bench/api-server.ts) and the load generator in another (bench/harness.ts).
 * Measured in alternating rounds: the whole platform's figures, one service's figures over a month, and the feed's
 * first page; with the SQL statements one stats request costs (a fixed number whatever the period) and their plans.
 * Usage: DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:stats -- [--ci] [--seconds N] [--rounds R]
 * (--ci: 2,000 ideas and a second per figure; each round lasts seconds / rounds: on a loaded machine give it several seconds).
 */
import pg from 'pg';
import { machine, measureInterleaved, report, withDatabase, ApiProcess } from './harness.js';
import { createSessions, seedFeed, type FeedScale } from './feed-seed.js';

const ci = process.argv.includes('--ci');
const secondsArgument = process.argv.indexOf('--seconds');
const seconds = secondsArgument > 0 ? Number(process.argv[secondsArgument + 1]) : ci ? 1 : 10;
const roundsArgument = process.argv.indexOf('--rounds');
const rounds = roundsArgument > 0 ? Number(process.argv[roundsArgument + 1]) : ci ? 1 : 5;
const connections = 10;
const scale: FeedScale = ci ? { ideas: 2_000, votes: 10_000, comments: 1_000, people: 500 } : { ideas: 100_000, votes: 500_000, comments: 100_000, people: 5_000 };

const statsQuery = `query Stats($filter: StatsFilter) { stats(filter: $filter) {
  agenciesTakingPart
  ideas { total byStatus { status count } byMonth { month count } }
  innovations { total byStage { stage count completedStays medianDays } }
  pilotProposals { total byStatus { status count } }
  courses { enrollments completions byMonth { month enrollments completions } }
  satisfaction { overall { ikm grade responseCount } byService { month ikm service { name } } byAgency { month ikm agency { name } } }
} }`;
const feedQuery = `{ ideas(first: 20, orderBy: NEW) { edges { node { id title author { displayName } voteCount commentCount viewerHasVoted } } } }`;

/** Innovations with a timeline and closed surveys beside the feed's ideas, so that every figure has rows to read. */
async function seedPipelineAndSurveys(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const innovations = Math.max(50, scale.ideas / 100);
  await client.query(
    `insert into innovations (id, created_at, updated_at, title, agency_id, service_id, stage, stage_entered_at)
     select gen_random_uuid(), now() - make_interval(days => n % 300), now(), 'Inovasi ' || n, (select id from organizations limit 1),
       (select id from services order by id offset n % 20 limit 1), (array['NEED_IDENTIFIED','DEVELOPMENT','TRIAL','IMPLEMENTATION'])[1 + n % 4], now()
     from generate_series(1, $1::int) n`,
    [innovations],
  );
  await client.query(
    `insert into innovation_stage_changes (id, created_at, updated_at, innovation_id, from_stage, to_stage)
     select gen_random_uuid(), i.created_at + make_interval(days => k * 20), now(), i.id, null, (array['NEED_IDENTIFIED','DEVELOPMENT','TRIAL','IMPLEMENTATION'])[k + 1]
     from innovations i cross join generate_series(0, 3) k`,
  );
  await client.query(
    `insert into surveys (id, created_at, updated_at, service_id, agency_id, title, period, opens_at, closes_at, response_count, element_sums)
     select gen_random_uuid(), now(), now(), s.id, s.agency_id, 'SKM ' || n, 'Periode ' || n, now() - make_interval(days => 30 * n + 30), now() - make_interval(days => 30 * n),
       100, '[300,310,320,290,305,315,330,280,300]'
     from services s cross join generate_series(1, 5) n`,
  );
  await client.query('analyze');
  await client.end();
}

await withDatabase(async (databaseUrl) => {
  // The email worker's polling would add statements to the counts.
  const api = new ApiProcess({ DATABASE_URL: databaseUrl, EMAIL_POLL_MS: '3600000' });
  try {
    const url = `${await api.url}/graphql`;
    const seeded = await seedFeed(databaseUrl, scale);
    await seedPipelineAndSurveys(databaseUrl);
    console.log(`seeded ${scale.ideas.toLocaleString()} ideas, ${scale.votes.toLocaleString()} votes in ${seeded.seconds} s`);
    const [token] = await createSessions(databaseUrl, 1);
    const now = Date.now();
    const month = { serviceId: seeded.services[3], from: new Date(now - 30 * 86_400_000).toISOString(), to: new Date(now).toISOString() };
    const body = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });
    const headers = { 'content-type': 'application/json' };

    const ask = async (variables: Record<string, unknown>) => {
      const response = await fetch(url, { method: 'POST', headers, body: body(statsQuery, variables) });
      const answer = (await response.json()) as { errors?: unknown };
      if (answer.errors) throw new Error(`stats failed: ${JSON.stringify(answer.errors)}`);
    };
    // Counted after a first request (the process's first one also reads what it caches).
    await ask({});
    const statementsOf = async (variables: Record<string, unknown>) => {
      await api.ask<'statements'>({ type: 'statements' });
      await ask(variables);
      return (await api.ask<'statements'>({ type: 'statements' })).count;
    };
    const statements = { whole: await statementsOf({}), serviceMonth: await statementsOf({ filter: month }), tenYears: await statementsOf({ filter: { from: new Date(now - 3650 * 86_400_000).toISOString() } }) };

    const results = await measureInterleaved(
      {
        'stats, whole platform': { url, body: body(statsQuery), headers },
        'stats, one service, a month': { url, body: body(statsQuery, { filter: month }), headers },
        'feed, signed in (baseline)': { url, body: body(feedQuery), headers: { ...headers, authorization: `Bearer ${token}` } },
      },
      { seconds, rounds, connections },
    );
    report(`stats at ${scale.ideas.toLocaleString()} ideas against the feed (${connections} connections)`, results);
    const feed = results['feed, signed in (baseline)'];
    for (const name of ['stats, whole platform', 'stats, one service, a month'] as const) {
      const stats = results[name];
      const ratio = feed.latencyP50 > 0 ? `${(stats.latencyP50 / feed.latencyP50).toFixed(2)}×` : 'n/a';
      console.log(`${name}: p50 ${stats.latencyP50} ms against the feed's ${feed.latencyP50} ms (${ratio}); ${Math.round(stats.requestsPerSecond)} against ${Math.round(feed.requestsPerSecond)} req/s`);
    }
    console.log('SQL statements per stats request', statements);
    if (new Set(Object.values(statements)).size !== 1) throw new Error('stats ran a different number of statements for different periods');
    console.log('machine', machine());
  } finally {
    await api.close();
  }
});
