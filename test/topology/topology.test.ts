import type { Client } from 'graphql-ws';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlClient, startApiProcess, type ApiProcess } from '../support/api-process.js';
import { postIdea, voteMutation } from '../support/ideas.js';
import { signIn, signUp, type SignedIn } from '../support/people.js';
import { startPrivatePostgres, type PrivatePostgres } from '../support/private-postgres.js';
import { connectWebSocket } from '../support/ws.js';
import { nginxBinary, startNginx, startRedis } from './services.js';

const nginx = nginxBinary();
if (!nginx) console.warn('topology test skipped: nginx is not installed (apt-get install -y nginx; .ci/run installs it)');

const admin = { email: 'admin@topology.gotong.id', password: 'admin-password-123' };
const addComment = `mutation ($input: AddCommentInput!) { addComment(input: $input) { comment { id } errors { code message } } }`;
const ideaChanged = `subscription ($id: ID!) { ideaChanged(id: $id) { id voteCount } }`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Failure = { phase: string; kind: string; startedAt: number; detail: string };

/** A bounded stream of votes and comments through nginx, keeping what was acknowledged and what failed. */
class WriteStream {
  phase = 'warm-up';
  readonly ackedVotes: { email: string; title: string }[] = [];
  readonly ackedComments: string[] = [];
  readonly failures: Failure[] = [];
  readonly attempts = new Map<string, number>();
  private nextVote = 0;
  private nextComment = 0;
  private running: Promise<void>[] = [];
  private stopped = false;

  constructor(
    private readonly url: string,
    private readonly people: SignedIn[],
    private readonly ideas: { id: string; title: string }[],
  ) {}

  start(concurrency = 3) {
    this.stopped = false;
    this.running = Array.from({ length: concurrency }, () => this.loop());
  }

  async stop() {
    this.stopped = true;
    await Promise.all(this.running);
  }

  acknowledged(phase?: string) {
    return phase ? this.ackedIn.get(phase) ?? 0 : this.ackedVotes.length + this.ackedComments.length;
  }

  private readonly ackedIn = new Map<string, number>();

  private async loop() {
    while (!this.stopped) {
      const votesLeft = this.nextVote < this.people.length * this.ideas.length;
      await (votesLeft && this.nextVote <= this.nextComment ? this.vote() : this.comment());
    }
  }

  private async post(query: string, variables: Record<string, unknown>, token: string) {
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(20_000),
    });
    const text = await response.text();
    if (response.status !== 200) throw new Error(`HTTP ${response.status}: ${text.slice(0, 200)}`);
    return JSON.parse(text) as { data?: any; errors?: unknown[] };
  }

  private async attempt(kind: string, write: () => Promise<boolean>) {
    const phase = this.phase;
    const startedAt = Date.now();
    this.attempts.set(phase, (this.attempts.get(phase) ?? 0) + 1);
    try {
      if (await write()) this.ackedIn.set(phase, (this.ackedIn.get(phase) ?? 0) + 1);
    } catch (error) {
      this.failures.push({ phase, kind, startedAt, detail: String((error as Error).message ?? error) });
    }
  }

  private vote() {
    const index = this.nextVote++;
    const person = this.people[index % this.people.length];
    const idea = this.ideas[Math.floor(index / this.people.length)];
    return this.attempt('vote', async () => {
      const body = await this.post(voteMutation, { input: { ideaId: idea.id } }, person.token);
      if (body.errors || body.data?.voteIdea.errors.length || !body.data?.voteIdea.idea) throw new Error(JSON.stringify(body.errors ?? body.data));
      this.ackedVotes.push({ email: person.email, title: idea.title });
      return true;
    });
  }

  private comment() {
    const index = this.nextComment++;
    const person = this.people[index % this.people.length];
    const idea = this.ideas[index % this.ideas.length];
    const text = `topologi-${index} komentar uji`;
    return this.attempt('comment', async () => {
      const body = await this.post(addComment, { input: { subjectId: idea.id, body: text } }, person.token);
      if (body.errors || body.data?.addComment.errors.length || !body.data?.addComment.comment) throw new Error(JSON.stringify(body.errors ?? body.data));
      this.ackedComments.push(text);
      return true;
    });
  }
}

/** A live subscriber of one idea that reconnects on its own and refetches the idea after every reconnect. */
function liveSubscriber(url: string, ideaId: string) {
  const counts: number[] = [];
  let connections = 0;
  let refetches = 0;
  const client: Client = connectWebSocket(url, {
    lazy: false,
    retryAttempts: 200,
    retryWait: async () => {
      await sleep(250);
    },
    shouldRetry: () => true,
    onNonLazyError: () => undefined,
  });
  client.on('connected', () => {
    connections += 1;
    if (connections === 1) return;
    // Events are not replayed: after a reconnect the client reads what it shows again.
    void graphqlClient(url)
      .graphql(`query ($id: ID!) { idea(id: $id) { voteCount } }`, { id: ideaId })
      .then((answer) => {
        if (typeof answer.data?.idea?.voteCount === 'number') refetches += 1;
      })
      .catch(() => undefined);
  });
  client.subscribe<{ ideaChanged: { voteCount: number } }>(
    { query: ideaChanged, variables: { id: ideaId } },
    { next: (value) => value.data && counts.push(value.data.ideaChanged.voteCount), error: () => undefined, complete: () => undefined },
  );
  return {
    client,
    get connections() {
      return connections;
    },
    get refetches() {
      return refetches;
    },
    highest: () => Math.max(0, ...counts),
  };
}
type Subscriber = ReturnType<typeof liveSubscriber>;

/** People kept out of the stream whose votes mark the moments the test checks; the Redis phase may need many tries. */
const markerVoterCount = 45;

describe.skipIf(!nginx)('the production topology: nginx, two API processes, PostgreSQL and Redis', () => {
  let postgres: PrivatePostgres;
  let redis: Awaited<ReturnType<typeof startRedis>>;
  let proxy: Awaited<ReturnType<typeof startNginx>>;
  let processA: ApiProcess;
  let processB: ApiProcess;
  let environment: Record<string, string>;
  let proxyUrl: string;
  let stream: WriteStream;
  let markerVoters: SignedIn[];
  let ideas: { id: string; title: string }[];
  const throughProxy: Subscriber[] = [];
  const direct: { a?: Subscriber; b?: Subscriber } = {};

  /** A vote on the watched idea by a person kept out of the stream; resolves with the count it produced. */
  async function markerVote(url: string): Promise<number> {
    const voter = markerVoters.shift();
    if (!voter) throw new Error('no marker voters left');
    const answer = await graphqlClient(url).graphql(voteMutation, { input: { ideaId: ideas[0].id } }, { token: voter.token });
    return answer.data?.voteIdea.idea.voteCount;
  }

  async function everyoneSees(subscribers: Subscriber[], count: number, timeoutMs = 20_000) {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline && subscribers.some((subscriber) => subscriber.highest() < count)) await sleep(100);
    return subscribers.map((subscriber) => subscriber.highest() >= count);
  }

  /**
   * Marker votes through `url` until one reaches every subscriber. A subscription (and its process's Redis channel)
   * is established a moment after its socket, and events are not replayed: one published before then is missed.
   */
  async function markUntilEveryoneSees(url: string, subscribers: Subscriber[], attempts: number) {
    let seen = [false];
    for (let attempt = 0; attempt < attempts && !seen.every(Boolean); attempt += 1) seen = await everyoneSees(subscribers, await markerVote(url), 3000);
    return seen;
  }

  beforeAll(async () => {
    postgres = await startPrivatePostgres({ settings: { max_connections: '60' } });
    redis = await startRedis();
    environment = {
      DATABASE_URL: postgres.url,
      REDIS_URL: `redis://127.0.0.1:${redis.port}`,
      NODE_ENV: 'production',
      SERVE_WEB: '0',
      SEED_DEMO: '0',
      TRUST_PROXY: '1',
      ADMIN_EMAIL: admin.email,
      ADMIN_PASSWORD: admin.password,
      SHUTDOWN_TIMEOUT_MS: '15000',
      RATE_LIMIT_WRITES_PER_PERSON_PER_MINUTE: '100000',
      RATE_LIMIT_WRITES_PER_ADDRESS_PER_MINUTE: '100000',
      RATE_LIMIT_LOGIN_ATTEMPTS_PER_ADDRESS: '100000',
    };
    // The first process applies the migrations (under an advisory lock), the second finds them applied.
    processA = await startApiProcess(environment);
    processB = await startApiProcess(environment);
    proxy = await startNginx(nginx!, [`127.0.0.1:${processA.port}`, `127.0.0.1:${processB.port}`]);
    proxyUrl = `http://127.0.0.1:${proxy.port}`;

    const api = graphqlClient(proxyUrl);
    const author = await signIn(api, admin.email, admin.password);
    ideas = [];
    for (let index = 0; index < 3; index += 1) {
      const idea = await postIdea(api, author, { title: `Topologi gagasan ${index}: antrean layanan` });
      ideas.push({ id: idea.id, title: idea.title });
    }
    const people: SignedIn[] = [];
    for (let index = 0; index < 30; index += 1) people.push(await signUp(api, `Warga Topologi ${index}`));
    markerVoters = [];
    for (let index = 0; index < markerVoterCount; index += 1) markerVoters.push(await signUp(api, `Penanda ${index}`));

    for (let index = 0; index < 4; index += 1) throughProxy.push(liveSubscriber(proxyUrl, ideas[0].id));
    direct.a = liveSubscriber(processA.url, ideas[0].id);
    direct.b = liveSubscriber(processB.url, ideas[0].id);
    expect(await markUntilEveryoneSees(proxyUrl, [...throughProxy, direct.a, direct.b], 5)).toEqual(Array(6).fill(true));

    stream = new WriteStream(proxyUrl, people, ideas);
    stream.start();
    await sleep(1500);
  });

  afterAll(async () => {
    await stream?.stop();
    // A client still retrying a process that is gone rejects its dispose with that connection's error.
    await Promise.allSettled([...throughProxy, direct.a, direct.b].map(async (subscriber) => subscriber?.client.dispose()));
    await processA?.stop();
    await processB?.stop();
    await proxy?.stop();
    await redis?.stop();
    await postgres?.destroy();
  });

  it('kill -9 of one API process: HTTP carries on through the other, WebSockets reconnect through nginx and refetch', async () => {
    stream.phase = 'kill -9';
    const killedAt = Date.now();
    processA.child.kill('SIGKILL');
    await processA.exited;
    await sleep(3000);
    const after = await markerVote(proxyUrl);
    expect(await everyoneSees(throughProxy, after)).toEqual(Array(throughProxy.length).fill(true));
    expect(stream.acknowledged('kill -9')).toBeGreaterThan(0);
    // Only writes in flight on the killed process may fail (nginx passes a POST on only when it was not sent yet).
    const late = stream.failures.filter((failure) => failure.phase === 'kill -9' && failure.startedAt > killedAt + 1000);
    expect(late).toEqual([]);
    const reconnected = throughProxy.filter((subscriber) => subscriber.connections > 1);
    expect(reconnected.length).toBeGreaterThan(0);
    expect(reconnected.every((subscriber) => subscriber.refetches >= 1)).toBe(true);

    stream.phase = 'process A back';
    processA = await startApiProcess(environment, { port: processA.port });
    // nginx leaves a server that failed out of the rotation for fail_timeout (5 s): the next phases need both.
    await sleep(6000);
  });

  it('a restart of Redis: subscriptions resume and events cross both processes again', async () => {
    await sleep(1000);
    stream.phase = 'redis restart';
    await redis.restart();
    // ioredis reconnects and subscribes again on its own, with a growing delay: events published meanwhile are lost.
    const subscribers = [...throughProxy, direct.a!, direct.b!];
    expect(await markUntilEveryoneSees(processA.url, subscribers, 30)).toEqual(Array(subscribers.length).fill(true));
    const viaB = await markerVote(processB.url);
    expect(await everyoneSees(subscribers, viaB)).toEqual(Array(subscribers.length).fill(true));
  });

  it('SIGTERM to a process: no request it accepted fails, it exits 0, its subscribers move to the other', async () => {
    stream.phase = 'SIGTERM';
    processB.child.kill('SIGTERM');
    expect(await processB.exited, processB.output()).toBe(0);
    await sleep(2000);
    const after = await markerVote(proxyUrl);
    expect(await everyoneSees(throughProxy, after)).toEqual(Array(throughProxy.length).fill(true));
    await stream.stop();
    expect(stream.failures.filter((failure) => failure.phase === 'SIGTERM'), `${await proxy.errorLog()}\n${processA.output()}`).toEqual([]);
    expect(stream.acknowledged('SIGTERM')).toBeGreaterThan(0);
  });

  it('every acknowledged write is in the database', async () => {
    await stream.stop();
    const database = new pg.Client({ connectionString: postgres.url });
    await database.connect();
    try {
      const votes = await database.query<{ email: string; title: string }>(
        `select u.email, i.title from idea_votes v join users u on u.id = v.user_id join ideas i on i.id = v.idea_id where i.title like 'Topologi gagasan %'`,
      );
      const comments = await database.query<{ body: string }>(`select body from comments where body like 'topologi-%'`);
      const storedVotes = new Set(votes.rows.map((row) => `${row.email} ${row.title}`));
      const storedComments = new Set(comments.rows.map((row) => row.body));
      const ackedStored = stream.ackedVotes.filter((vote) => storedVotes.has(`${vote.email} ${vote.title}`)).length + stream.ackedComments.filter((body) => storedComments.has(body)).length;
      const markers = markerVoterCount - markerVoters.length;
      const storedWrites = votes.rowCount! - markers + comments.rowCount!;
      const phases = [...stream.attempts.keys()].map((phase) => `${phase}: ${stream.acknowledged(phase)}/${stream.attempts.get(phase)}`).join(', ');
      console.log(
        `topology: acknowledged writes ${stream.acknowledged()}, of them stored ${ackedStored}; stored writes ${storedWrites}; ` +
          `failed requests ${stream.failures.length} (${storedWrites - ackedStored} of them committed before their process died); per phase acknowledged/attempted: ${phases}`,
      );
      expect(ackedStored).toBe(stream.acknowledged());
      expect(storedWrites - ackedStored).toBeLessThanOrEqual(stream.failures.length);
    } finally {
      await database.end();
    }
  });
});
