/**
 * Live delivery at scale (DESIGN §7): one API process holds 10,000 open subscriptions and delivers each event to all
 * of them, against a baseline in the same run: a bare `ws` server broadcasting a message of the same size to the same
 * number of sockets from the same client processes.
 * The subscribers are one WebSocket each, opened by client processes separate from the server: most subscribe to
 * `ideaChanged` of one popular idea (the web's own IdeaCard document), a fifth of them signed in (each a different person); a few watch other
 * ideas and must receive nothing. Each event is a vote (or unvote) through HTTP; a subscriber's latency runs from the
 * mutation's request to the event's arrival.
 * Usage: DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/live-subscriptions.ts
 *   [--subscriptions N (10,000)] [--signed-in SHARE (0.2)] [--events K (20)] [--clients C (2)] [--profile (a CPU profile of the server process while it delivers)]
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import type { AddressInfo } from 'node:net';
import { print } from 'graphql';
import pg from 'pg';
import { WebSocketServer } from 'ws';
import { loadConfig } from '../apps/api/src/core/config.js';
import { toGlobalId } from '../apps/api/src/core/global-id.js';
import { createLogger } from '../apps/api/src/core/logger.js';
import { hashSessionToken } from '../apps/api/src/modules/accounts/session-token.js';
import { startServer } from '../apps/api/src/server.js';
import { IdeaChangedDocument } from '../packages/graphql-client/src/generated.js';
import { latencyPercentiles, withDatabase } from './harness.js';
import { Clients, now, type SocketPlan } from './live-clients.js';

function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
}

/** CPU profile of the server process while it delivers (--profile), written to the current directory. */
async function startProfiling(): Promise<{ stop: () => Promise<void> }> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return {
    stop: async () => {
      const { profile } = await session.post('Profiler.stop');
      const file = `live-delivery-${Date.now()}.cpuprofile`;
      await writeFile(file, JSON.stringify(profile));
      console.log(`CPU profile of the delivery: ${file}`);
      session.disconnect();
    },
  };
}

type Delivery = { subscribers: number; latencies: number[]; fewestReceived: number; statementsPerEvent?: number; mutationMs?: number[] };

/** Measures K events: `trigger` causes event k and returns when it was caused; latencies run from then to each arrival. */
async function deliver(clients: Clients, receivers: number, events: number, trigger: (event: number) => Promise<number>) {
  const latencies: number[] = [];
  let fewestReceived = receivers;
  let errors = 0;
  let unexpected = 0;
  let sample: string | null = null;
  // Event 0 warms up and proves every subscription is active; it is not measured.
  for (let event = 0; event <= events; event += 1) {
    const causedAt = await trigger(event);
    const collected = await clients.collect(event);
    const received = collected.arrivals.filter((arrival) => arrival >= 0);
    sample = collected.sample;
    errors = collected.errors;
    unexpected = collected.unexpected;
    if (event === 0) continue;
    fewestReceived = Math.min(fewestReceived, received.length);
    latencies.push(...received.map((arrival) => arrival - causedAt));
  }
  return { latencies, fewestReceived, errors, unexpected, sample };
}

async function gotong(subscriptions: number, signedInShare: number, events: number, clientCount: number): Promise<{ delivery: Delivery; sample: string }> {
  return withDatabase(async (databaseUrl) => {
    let statements = 0;
    const config = loadConfig({ NODE_ENV: 'production', PORT: '0', HOST: '127.0.0.1', DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent', SEED_DEMO: '0',
      RATE_LIMIT_WRITES_PER_ADDRESS_PER_MINUTE: '100000', RATE_LIMIT_WRITES_PER_PERSON_PER_MINUTE: '100000' });
    const server = await startServer({ config, logger: createLogger('silent'), serveWeb: false, logQuery: () => void (statements += 1) });
    const clients = new Clients(clientCount);
    try {
      const quietShare = 0.05;
      const signedIn = Math.round(subscriptions * signedInShare);
      const tokens = Array.from({ length: signedIn }, () => randomBytes(32).toString('base64url'));
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      await client.query(`insert into users (id, created_at, updated_at, email, display_name, password_hash)
        select gen_random_uuid(), now(), now(), 'warga' || n || '@bench.id', 'Warga ' || n, 'x' from generate_series(1, greatest($1::int, 1)) n`, [signedIn]);
      await client.query(`insert into sessions (id, created_at, updated_at, user_id, token_hash, expires_at)
        select gen_random_uuid(), now(), now(), u.id, t.hash, now() + interval '1 day'
        from unnest($1::text[]) with ordinality t(hash, n) join (select id, row_number() over (order by id) n from users) u on u.n = t.n`,
      [tokens.map(hashSessionToken)]);
      const { rows: ideas } = await client.query<{ id: string }>(`insert into ideas (id, created_at, updated_at, kind, title, body, body_html, author_id, vote_count, hot_score)
        select gen_random_uuid(), now() - (n || ' minutes')::interval, now(), 'PROBLEM', 'Gagasan nomor ' || n, 'Isi gagasan', '<p>Isi gagasan</p>',
          (select id from users order by id limit 1), 0, n
        from generate_series(1, 50) n returning id`);
      await client.end();
      const [popular, ...others] = ideas.map((idea) => toGlobalId('Idea', idea.id));

      const quiet = Math.round(subscriptions * quietShare);
      const plans: SocketPlan[] = Array.from({ length: subscriptions }, (_, index) => ({
        token: index < signedIn ? tokens[index] : null,
        ideaId: index < subscriptions - quiet ? popular : others[index % others.length],
        expectsEvents: index < subscriptions - quiet,
      }));
      const receivers = plans.filter((plan) => plan.expectsEvents).length;

      const register = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation { register(input: { email: "pemilih@bench.id", password: "kata-sandi-rahasia", displayName: "Pemilih", acceptPrivacyPolicy: true }) { token } }' }),
      }).then((response) => response.json() as Promise<{ data: { register: { token: string } } }>);
      const voterToken = register.data.register.token;

      const opening = Date.now();
      const failed = await clients.open(`${server.url.replace('http', 'ws')}/graphql`, plans, print(IdeaChangedDocument));
      if (failed > 0) throw new Error(`${failed} sockets did not open`);
      console.log(`opened ${subscriptions.toLocaleString()} subscriptions (${signedIn.toLocaleString()} signed in, ${quiet} on other ideas) in ${Math.round((Date.now() - opening) / 1000)} s`);

      const profiler = process.argv.includes('--profile') ? await startProfiling() : null;
      const statementCounts: number[] = [];
      const mutationMs: number[] = [];
      const result = await deliver(clients, receivers, events, async (event) => {
        if (event > 1) statementCounts.push(statements);
        statements = 0;
        const mutation = event % 2 === 0 ? 'voteIdea' : 'unvoteIdea';
        const causedAt = now();
        const response = await fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${voterToken}` },
          body: JSON.stringify({ query: `mutation Vote($id: ID!) { ${mutation}(input: { ideaId: $id }) { errors { message } } }`, variables: { id: popular } }),
        });
        const body = (await response.json()) as { data?: Record<string, { errors: unknown[] }> };
        if (!body.data || body.data[mutation].errors.length > 0) throw new Error(`${mutation} failed: ${JSON.stringify(body)}`);
        mutationMs.push(now() - causedAt);
        return causedAt;
      });
      statementCounts.push(statements);
      await profiler?.stop();
      if (result.errors > 0 || result.unexpected > 0) throw new Error(`${result.errors} error messages, ${result.unexpected} events delivered to the wrong subscribers`);
      if (!result.sample?.includes('"voteCount"')) throw new Error(`the events do not carry the idea: ${result.sample}`);
      const average = statementCounts.reduce((sum, count) => sum + count, 0) / statementCounts.length;
      return {
        delivery: { subscribers: receivers, latencies: result.latencies, fewestReceived: result.fewestReceived, statementsPerEvent: average, mutationMs },
        sample: result.sample,
      };
    } finally {
      await clients.close();
      await server.close();
    }
  });
}

async function bareBroadcast(subscriptions: number, events: number, clientCount: number, message: string): Promise<Delivery> {
  const server = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  const clients = new Clients(clientCount);
  try {
    const plans: SocketPlan[] = Array.from({ length: subscriptions }, () => ({ token: null, ideaId: null, expectsEvents: true }));
    const failed = await clients.open(`ws://127.0.0.1:${(server.address() as AddressInfo).port}/`, plans);
    if (failed > 0) throw new Error(`${failed} sockets did not open`);
    const result = await deliver(clients, subscriptions, events, async () => {
      const causedAt = now();
      for (const socket of server.clients) socket.send(message);
      return causedAt;
    });
    return { subscribers: subscriptions, latencies: result.latencies, fewestReceived: result.fewestReceived };
  } finally {
    await clients.close();
    await new Promise((resolve) => server.close(resolve));
  }
}

function table(rows: Record<string, Delivery>): void {
  console.table(
    Object.fromEntries(
      Object.entries(rows).map(([label, delivery]) => {
        const { p50, p99, max } = latencyPercentiles(delivery.latencies);
        return [
          label,
          {
            subscribers: delivery.subscribers,
            'fewest received': delivery.fewestReceived,
            'p50 ms': Math.round(p50),
            'p99 ms': Math.round(p99),
            'max ms': Math.round(max),
            'SQL / event': delivery.statementsPerEvent === undefined ? '' : Math.round(delivery.statementsPerEvent),
          },
        ];
      }),
    ),
  );
}

{
  const subscriptions = argument('subscriptions', 10_000);
  const events = argument('events', 20);
  const clientCount = argument('clients', 2);
  const signedInShare = argument('signed-in', 0.2);
  console.log(`${subscriptions.toLocaleString()} subscriptions, one per WebSocket, from ${clientCount} client processes; ${events} events`);
  const live = await gotong(subscriptions, signedInShare, events, clientCount);
  const bare = await bareBroadcast(live.delivery.subscribers, events, clientCount, live.sample);
  console.log(`\nlive delivery of one event to every subscriber (message of ${live.sample.length} bytes)`);
  table({ 'Gotong ideaChanged (vote over HTTP)': live.delivery, 'bare ws broadcast': bare });
  const mutation = latencyPercentiles(live.delivery.mutationMs ?? []);
  console.log(`the vote mutation itself: p50 ${Math.round(mutation.p50)} ms, max ${Math.round(mutation.max)} ms`);
  const { p99 } = latencyPercentiles(live.delivery.latencies);
  const allReceived = live.delivery.fewestReceived === live.delivery.subscribers;
  console.log(`every subscriber received every event: ${allReceived ? 'yes' : 'NO'}`);
  console.log(`p99 ${Math.round(p99)} ms (target < 1000 ms) ${p99 < 1000 && allReceived ? 'met' : 'NOT met'}`);
}
