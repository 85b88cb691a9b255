/**
 * Live updates at scale (DESIGN §7), measured as a person sees them, against a baseline in the same run: a bare `ws`
 * server broadcasting a message of the same size to the same number of sockets from the same client processes.
 * The API runs in processes of its own (bench/api-server.ts, one, or two behind Redis with `--processes 2`); the
 * simulated browsers run in client processes (bench/live-clients.ts). Most watch one popular idea with the idea page's
 * own `ideaChanged` document, a fifth of them signed in (each a different person); a few watch other ideas and must
 * receive nothing. Each event is a vote (or unvote) through HTTP; a browser's latency runs from the vote's request
 * until it has what it needs to paint the change: the payload (the web applies it), or with `--web revalidate` (the
 * web as it was before ADR 020) also the answers of the page's loaders, requested for real. Meanwhile another person
 * votes on another idea: that vote's response time is the "vote during the fan-out".
 * Usage: DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:live --
 *   [--subscriptions N (10,000)] [--signed-in SHARE (0.2)] [--events K (20)] [--clients C (2)] [--processes P (1; 2 needs REDIS_URL)]
 *   [--web apply|revalidate] [--profile [opening] (CPU profile of the first API process while it delivers, or opens)] [--ci (100 subscriptions, 2 events)]
 */
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { print } from 'graphql';
import pg from 'pg';
import { WebSocketServer } from 'ws';
import { toGlobalId } from '../apps/api/src/core/global-id.js';
import { hashSessionToken } from '../apps/api/src/modules/accounts/session-token.js';
import { IdeaChangedDocument, IdeaPageDocument, ViewerDocument } from '../packages/graphql-client/src/generated.js';
import { ApiProcess, latencyPercentiles, machine, withDatabase } from './harness.js';
import { Clients, now, type SocketPlan, type WebBehaviour } from './live-clients.js';

function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
}

/** `--ci`: a tiny run that proves the benchmark still works (scripts/bench-ci.mjs). */
const ci = process.argv.includes('--ci');

const options = {
  subscriptions: argument('subscriptions', ci ? 100 : 10_000),
  events: argument('events', ci ? 2 : 20),
  clients: argument('clients', ci ? 1 : 2),
  processes: argument('processes', 1),
  signedInShare: argument('signed-in', 0.2),
  web: process.argv.includes('revalidate') ? ('revalidate' as const) : ('apply' as const),
  /** `--profile`: a CPU profile of the first API process while it delivers; `--profile opening`: while the subscriptions open. */
  profile: process.argv.includes('--profile') ? (process.argv[process.argv.indexOf('--profile') + 1] === 'opening' ? ('opening' as const) : ('delivery' as const)) : null,
};

/** What the idea page's loaders asked for on every event before ADR 020: the root's viewer and unread count, and the page. */
const revalidation: WebBehaviour = {
  mode: 'revalidate',
  operations: [
    { query: print(ViewerDocument), signedInOnly: false },
    { query: '{ notifications(first: 0) { unreadCount } }', signedInOnly: true },
    { query: print(IdeaPageDocument), signedInOnly: false },
  ],
};

/** One POST on a connection of its own (a kept-alive one may be closed by the server just as it is reused). */
function graphqlOver(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<Record<string, any>> {
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${url}/graphql`, {
      method: 'POST',
      agent: false,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    });
    request.on('error', reject);
    request.on('response', (response) => {
      let text = '';
      response.on('data', (chunk: Buffer) => (text += chunk.toString()));
      response.on('end', () => resolve(JSON.parse(text) as Record<string, any>));
      response.on('error', reject);
    });
    request.end(body);
  });
}

async function register(url: string, name: string): Promise<string> {
  const body = await graphqlOver(url, `mutation ($input: RegisterInput!) { register(input: $input) { token } }`, {
    input: { email: `${name}@bench.id`, password: 'kata-sandi-rahasia', displayName: name, acceptPrivacyPolicy: true },
  });
  return body.data.register.token;
}

/** Signed-in subscribers, each a different person with a session, and the ideas: one popular, the others quiet. */
async function seed(databaseUrl: string, signedIn: number): Promise<{ tokens: string[]; ideas: string[] }> {
  const tokens = Array.from({ length: signedIn }, () => randomBytes(32).toString('base64url'));
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query(`insert into users (id, created_at, updated_at, email, display_name, password_hash)
    select gen_random_uuid(), now(), now(), 'warga' || n || '@bench.id', 'Warga ' || n, 'x' from generate_series(1, greatest($1::int, 1)) n`, [signedIn]);
  await client.query(`insert into sessions (id, created_at, updated_at, last_used_at, user_id, token_hash, expires_at)
    select gen_random_uuid(), now(), now(), now(), u.id, t.hash, now() + interval '1 day'
    from unnest($1::text[]) with ordinality t(hash, n) join (select id, row_number() over (order by id) n from users) u on u.n = t.n`,
  [tokens.map(hashSessionToken)]);
  const { rows } = await client.query<{ id: string }>(`insert into ideas (id, created_at, updated_at, kind, title, body, body_html, author_id, vote_count, hot_score)
    select gen_random_uuid(), now() - (n || ' minutes')::interval, now(), 'PROBLEM', 'Gagasan nomor ' || n, 'Isi gagasan', '<p>Isi gagasan</p>',
      (select id from users order by id limit 1), 0, n
    from generate_series(1, 51) n returning id`);
  await client.end();
  return { tokens, ideas: rows.map((idea) => toGlobalId('Idea', idea.id)) };
}

/**
 * `openingCpuMsPer1000`: the servers' CPU time (user and system) while the subscriptions opened, per thousand;
 * `cpuMsPerEvent`: their CPU time per event while delivering, everything they did included.
 */
type Delivery = { subscribers: number; latencies: number[]; fewestReceived: number; openingSeconds: number; openingCpuMsPer1000: number; cpuMsPerEvent: number };
type Measured = Delivery & {
  sample: string;
  openingSeconds: number;
  statementsPerEvent: number;
  httpRequestsPerEvent: number;
  voteMs: number[];
  duringFanOutMs: number[];
  voteAloneMs: number[];
  idleBytesPerSubscriber: { rss: number; heap: number };
};

/** Measures K events: `trigger` causes event k and returns when it was caused; latencies run from then to each arrival. */
async function deliver(clients: Clients, receivers: number, events: number, trigger: (event: number) => Promise<number>) {
  const latencies: number[] = [];
  let fewestReceived = receivers;
  let collected: Awaited<ReturnType<Clients['collect']>> | null = null;
  let firstRequests = 0;
  // Event 0 warms up and proves every subscription is active; it is not measured.
  for (let event = 0; event <= events; event += 1) {
    const causedAt = await trigger(event);
    collected = await clients.collect(event);
    if (event === 0) {
      firstRequests = collected.httpRequests;
      continue;
    }
    const received = collected.arrivals.filter((arrival) => arrival >= 0);
    fewestReceived = Math.min(fewestReceived, received.length);
    latencies.push(...received.map((arrival) => arrival - causedAt));
  }
  if (!collected) throw new Error('no event was measured');
  return { latencies, fewestReceived, collected, httpRequestsPerEvent: (collected.httpRequests - firstRequests) / events };
}

async function gotong(): Promise<Measured> {
  return withDatabase(async (databaseUrl) => {
    const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
    const environment = {
      DATABASE_URL: databaseUrl,
      RATE_LIMIT_WRITES_PER_ADDRESS_PER_MINUTE: '100000',
      RATE_LIMIT_WRITES_PER_PERSON_PER_MINUTE: '100000',
      ...(options.processes > 1 ? { REDIS_URL: redisUrl, REDIS_KEY_PREFIX: `gotong-bench-${randomBytes(4).toString('hex')}:` } : {}),
    };
    // The first process applies the migrations; the others start on the migrated database.
    const servers = [new ApiProcess(environment)];
    const firstUrl = await servers[0].url;
    for (let index = 1; index < options.processes; index += 1) servers.push(new ApiProcess(environment));
    const urls = [firstUrl, ...(await Promise.all(servers.slice(1).map((server) => server.url)))];
    const clients = new Clients(options.clients);
    try {
      const signedIn = Math.round(options.subscriptions * options.signedInShare);
      const { tokens, ideas } = await seed(databaseUrl, signedIn);
      const [popular, probeIdea, ...others] = ideas;
      const quiet = Math.round(options.subscriptions * 0.05);
      const plans: SocketPlan[] = Array.from({ length: options.subscriptions }, (_, index) => ({
        url: `${urls[index % urls.length].replace('http', 'ws')}/graphql`,
        token: index < signedIn ? tokens[index] : null,
        ideaId: index < options.subscriptions - quiet ? popular : others[index % others.length],
        expectsEvents: index < options.subscriptions - quiet,
      }));
      const receivers = plans.filter((plan) => plan.expectsEvents).length;
      const voter = await register(firstUrl, 'pemilih');
      const prober = await register(urls.at(-1)!, 'penguji');

      const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
      /** The servers' CPU time since they were last asked (bench/api-server.ts counts it with the garbage collections). */
      const serversCpuSinceAsked = async () => sum((await Promise.all(servers.map((server) => server.ask<'gc'>({ type: 'gc' })))).map((answer) => answer.cpuMilliseconds));
      const idleBefore = await Promise.all(servers.map((server) => server.ask<'memory'>({ type: 'memory' })));
      if (options.profile === 'opening') await servers[0].ask<'profile'>({ type: 'profile', action: 'start' });
      await serversCpuSinceAsked();
      const opening = now();
      const failed = await clients.open(plans, print(IdeaChangedDocument), options.web === 'revalidate' ? revalidation : { mode: 'apply' });
      if (failed > 0) throw new Error(`${failed} sockets did not open`);
      const openingSeconds = (now() - opening) / 1000;
      const openingCpuMsPer1000 = (await serversCpuSinceAsked()) / (options.subscriptions / 1000);
      if (options.profile === 'opening') console.log(`CPU profile of the opening: ${(await servers[0].ask<'profile'>({ type: 'profile', action: 'stop' })).file}`);
      await new Promise((resolve) => setTimeout(resolve, 2000));
      const idleAfter = await Promise.all(servers.map((server) => server.ask<'memory'>({ type: 'memory' })));
      const idleBytesPerSubscriber = {
        rss: (sum(idleAfter.map((memory) => memory.rss)) - sum(idleBefore.map((memory) => memory.rss))) / options.subscriptions,
        heap: (sum(idleAfter.map((memory) => memory.heapUsed + memory.external)) - sum(idleBefore.map((memory) => memory.heapUsed + memory.external))) / options.subscriptions,
      };
      console.log(`opened ${options.subscriptions.toLocaleString()} subscriptions (${signedIn.toLocaleString()} signed in, ${quiet} on other ideas) on ${servers.length} API process(es) in ${openingSeconds.toFixed(1)} s`);

      const vote = async (url: string, event: number, ideaId: string, token: string) => {
        const mutation = event % 2 === 0 ? 'voteIdea' : 'unvoteIdea';
        const body = await graphqlOver(url, `mutation Vote($id: ID!) { ${mutation}(input: { ideaId: $id }) { errors { message } } }`, { id: ideaId }, token);
        if (!body.data || body.data[mutation].errors.length > 0) throw new Error(`${mutation} failed: ${JSON.stringify(body)}`);
      };
      // The probe's own baseline: the same person voting on the same idea while no fan-out runs (an even count: it ends unvoted).
      const voteAloneMs: number[] = [];
      for (let event = 0; event < 10; event += 1) {
        const started = now();
        await vote(urls.at(-1)!, event, probeIdea, prober);
        voteAloneMs.push(now() - started);
      }

      if (options.profile === 'delivery') await servers[0].ask<'profile'>({ type: 'profile', action: 'start' });
      for (const server of servers) await server.ask<'statements'>({ type: 'statements' });
      await serversCpuSinceAsked();
      const statementCounts: number[] = [];
      const voteMs: number[] = [];
      const duringFanOutMs: number[] = [];
      let probe: Promise<void> = Promise.resolve();
      const result = await deliver(clients, receivers, options.events, async (event) => {
        await probe;
        if (event > 1) statementCounts.push(sum((await Promise.all(servers.map((server) => server.ask<'statements'>({ type: 'statements' })))).map((answer) => answer.count)));
        else for (const server of servers) await server.ask<'statements'>({ type: 'statements' });
        const causedAt = now();
        await vote(firstUrl, event, popular, voter);
        if (event > 0) voteMs.push(now() - causedAt);
        // Another person votes on another idea while this event reaches every subscriber.
        probe = (async () => {
          const started = now();
          await vote(urls.at(-1)!, event, probeIdea, prober);
          if (event > 0) duringFanOutMs.push(now() - started);
        })();
        return causedAt;
      });
      await probe;
      statementCounts.push(sum((await Promise.all(servers.map((server) => server.ask<'statements'>({ type: 'statements' })))).map((answer) => answer.count)));
      const cpuMsPerEvent = (await serversCpuSinceAsked()) / (options.events + 1);
      if (options.profile === 'delivery') console.log(`CPU profile of the delivery: ${(await servers[0].ask<'profile'>({ type: 'profile', action: 'stop' })).file}`);
      const { collected } = result;
      if (collected.errors > 0 || collected.unexpected > 0) throw new Error(`${collected.errors} errors, ${collected.unexpected} events delivered to the wrong subscribers`);
      if (!collected.sample?.includes('"voteCount"')) throw new Error(`the events do not carry the idea: ${collected.sample}`);
      return {
        subscribers: receivers,
        latencies: result.latencies,
        fewestReceived: result.fewestReceived,
        sample: collected.sample,
        openingSeconds,
        openingCpuMsPer1000,
        cpuMsPerEvent,
        // Each event here is the vote and the probe's vote (whose subscribers are none).
        statementsPerEvent: sum(statementCounts) / statementCounts.length,
        httpRequestsPerEvent: result.httpRequestsPerEvent / receivers,
        voteMs,
        duringFanOutMs,
        voteAloneMs,
        idleBytesPerSubscriber,
      };
    } catch (error) {
      console.error(error);
      throw error;
    } finally {
      await clients.close();
      await Promise.all(servers.map((server) => server.close()));
    }
  });
}

async function bareBroadcast(subscriptions: number, events: number, message: string): Promise<Delivery> {
  const server = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  const clients = new Clients(options.clients);
  try {
    const url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const plans: SocketPlan[] = Array.from({ length: subscriptions }, () => ({ url, token: null, ideaId: null, expectsEvents: true }));
    const opening = now();
    const openingCpuBefore = process.cpuUsage();
    const failed = await clients.open(plans);
    const openingSeconds = (now() - opening) / 1000;
    const openingCpu = process.cpuUsage(openingCpuBefore);
    const openingCpuMsPer1000 = (openingCpu.user + openingCpu.system) / 1000 / (subscriptions / 1000);
    if (failed > 0) throw new Error(`${failed} sockets did not open`);
    const cpuBefore = process.cpuUsage();
    const result = await deliver(clients, subscriptions, events, async () => {
      const causedAt = now();
      for (const socket of server.clients) socket.send(message);
      return causedAt;
    });
    const cpu = process.cpuUsage(cpuBefore);
    const cpuMsPerEvent = (cpu.user + cpu.system) / 1000 / (events + 1);
    return { subscribers: subscriptions, latencies: result.latencies, fewestReceived: result.fewestReceived, openingSeconds, openingCpuMsPer1000, cpuMsPerEvent };
  } finally {
    await clients.close();
    await new Promise((resolve) => server.close(resolve));
  }
}

const milliseconds = (value: number) => Math.round(value);

{
  const started = machine();
  console.log(`load average at the start: ${started.loadAverage.join(' ')} (${started.cores} cores, commit ${started.commit})`);
  console.log(
    `${options.subscriptions.toLocaleString()} subscriptions, one per WebSocket, from ${options.clients} client processes, on ${options.processes} API process(es); ` +
      `${options.events} events; the web ${options.web === 'apply' ? 'applies each payload' : 'reloads its loaders on each event (before ADR 020)'}`,
  );
  const live = await gotong();
  const bare = await bareBroadcast(live.subscribers, options.events, live.sample);
  const ready = latencyPercentiles(live.latencies);
  const baseline = latencyPercentiles(bare.latencies);
  const vote = latencyPercentiles(live.voteMs);
  const duringFanOut = latencyPercentiles(live.duringFanOutMs);
  const voteAlone = latencyPercentiles(live.voteAloneMs);
  console.log(`\nlive update of one event in every subscriber's page (message of ${live.sample.length} bytes)`);
  console.table({
    'Gotong ideaChanged (vote over HTTP)': {
      subscribers: live.subscribers,
      'fewest received': live.fewestReceived,
      'p50 ms': milliseconds(ready.p50),
      'p99 ms': milliseconds(ready.p99),
      'max ms': milliseconds(ready.max),
      'HTTP requests / event / browser': live.httpRequestsPerEvent,
      'SQL / event': Math.round(live.statementsPerEvent),
      'server CPU ms / event': milliseconds(live.cpuMsPerEvent),
    },
    'bare ws broadcast': {
      subscribers: bare.subscribers,
      'fewest received': bare.fewestReceived,
      'p50 ms': milliseconds(baseline.p50),
      'p99 ms': milliseconds(baseline.p99),
      'max ms': milliseconds(baseline.max),
      'server CPU ms / event': milliseconds(bare.cpuMsPerEvent),
    },
  });
  const allReceived = live.fewestReceived === live.subscribers;
  const target = options.processes > 1 ? 1000 : 500;
  console.log(`the vote's own response: p50 ${milliseconds(vote.p50)} ms, p99 ${milliseconds(vote.p99)} ms`);
  console.log(
    `another person's vote during the fan-out: p50 ${milliseconds(duringFanOut.p50)} ms, p99 ${milliseconds(duringFanOut.p99)} ms (target p99 < 100 ms) ${duringFanOut.p99 < 100 ? 'met' : 'NOT met'}; ` +
      `the same vote with no fan-out running: p50 ${milliseconds(voteAlone.p50)} ms, p99 ${milliseconds(voteAlone.p99)} ms`,
  );
  console.log(
    `opening the subscriptions: ${live.openingSeconds.toFixed(1)} s, the bare sockets ${bare.openingSeconds.toFixed(1)} s (target < 10 s for 10,000); ` +
      `server CPU per 1,000 opened: ${milliseconds(live.openingCpuMsPer1000)} ms, the bare server's ${milliseconds(bare.openingCpuMsPer1000)} ms; ` +
      `${live.openingSeconds * (10_000 / options.subscriptions) < 10 ? 'met' : 'NOT met'}`,
  );
  console.log(
    `server memory per idle subscriber: ${(live.idleBytesPerSubscriber.rss / 1024).toFixed(1)} KB resident, ${(live.idleBytesPerSubscriber.heap / 1024).toFixed(1)} KB heap (target < 30 KB) ` +
      `${live.idleBytesPerSubscriber.rss < 30 * 1024 ? 'met' : 'NOT met'}`,
  );
  console.log(`every subscriber received every event: ${allReceived ? 'yes' : 'NO'}; HTTP requests caused by the events: ${live.httpRequestsPerEvent * live.subscribers} per event`);
  console.log(`p99 ${milliseconds(ready.p99)} ms against the bare broadcast's ${milliseconds(baseline.p99)} ms (target < ${target} ms) ${ready.p99 < target && allReceived && live.httpRequestsPerEvent === 0 ? 'met' : 'NOT met'}`);
  const finished = machine();
  console.log(`load average at the end: ${finished.loadAverage.join(' ')}`);
  if (!ci) {
    const directory = path.join(path.dirname(new URL(import.meta.url).pathname), 'results');
    await mkdir(directory, { recursive: true });
    const file = path.join(directory, `live-${options.subscriptions}-${options.processes}p-${started.date.slice(0, 16).replace(/[:T]/g, '-')}.json`);
    const { latencies: _latencies, ...gotongFigures } = live;
    const { latencies: _bareLatencies, ...bareFigures } = bare;
    await writeFile(
      file,
      `${JSON.stringify(
        {
          machine: { ...started, loadAverageAtEnd: finished.loadAverage },
          options,
          readyToPaint: { gotong: ready, bare: baseline, ratio: ready.p99 / baseline.p99, target: target, met: ready.p99 < target && allReceived && live.httpRequestsPerEvent === 0 },
          vote: { ...vote },
          duringFanOut: { ...duringFanOut, withoutFanOut: voteAlone, target: 100, met: duringFanOut.p99 < 100 },
          opening: { seconds: live.openingSeconds, bareSeconds: bare.openingSeconds, ratio: live.openingSeconds / bare.openingSeconds, target: 10 * (options.subscriptions / 10_000), met: live.openingSeconds * (10_000 / options.subscriptions) < 10 },
          gotong: gotongFigures,
          bare: bareFigures,
        },
        null,
        2,
      )}\n`,
    );
    console.log(`results: ${path.relative(process.cwd(), file)}`);
  }
}
