import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { FromServer, ToServer } from './api-server.js';
import type { LoadRequest, LoadResult, PeopleRequest, PeopleResult } from './load-generator.js';

export type Throughput = Omit<LoadResult, 'requests'> & { requests?: number; cpuMillisecondsPerRequest?: number };

const clockTicksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());

/** The CPU time a process has used (user and system), in milliseconds, from /proc: what its work costs whatever else runs. */
export async function processCpuMilliseconds(pid: number): Promise<number> {
  const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicksPerSecond;
}

/** Which machine and load a figure was taken on: figures from a shared machine mean something only beside these. */
export function machine(): { cpus: string; cores: number; memoryGb: number; node: string; loadAverage: number[]; date: string; commit: string } {
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    // not a checkout
  }
  return {
    cpus: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    loadAverage: loadavg().map((value) => Math.round(value * 100) / 100),
    date: new Date().toISOString(),
    commit,
  };
}

const here = path.dirname(fileURLToPath(import.meta.url));

/** A forked bench process running TypeScript through the same loader as this one (tsx). */
export function forkBenchProcess(file: string, environment: Record<string, string> = {}, execArgv: string[] = []): ChildProcess {
  return fork(path.join(here, file), [], {
    execArgv: [...process.execArgv, ...execArgv],
    env: { ...process.env, TSX_TSCONFIG_PATH: 'apps/api/tsconfig.json', ...environment },
  });
}

let loadGenerator: { child: ChildProcess; ready: Promise<void>; queue: Promise<unknown> } | null = null;

/** The load generator's process (bench/load-generator.ts), started on first use; it ends with this process. */
function generator() {
  if (!loadGenerator) {
    const child = forkBenchProcess('load-generator.ts');
    const ready = new Promise<void>((resolve, reject) => {
      child.once('message', () => resolve());
      child.once('exit', (code) => reject(new Error(`the load generator exited with ${code}`)));
    });
    child.unref();
    (child.channel as { unref?: () => void } | undefined)?.unref?.();
    loadGenerator = { child, ready, queue: Promise.resolve() };
  }
  return loadGenerator;
}

/** Hands a job to the load generator's process, one job at a time, and waits for its answer. */
function generate<T>(job: LoadRequest | PeopleRequest): Promise<T> {
  const process = generator();
  const run = process.queue.then(async () => {
    await process.ready;
    const channel = process.child.channel as { ref?: () => void; unref?: () => void } | undefined;
    channel?.ref?.();
    try {
      return await new Promise<T>((resolve) => {
        process.child.once('message', resolve);
        process.child.send(job);
      });
    } finally {
      channel?.unref?.();
    }
  });
  process.queue = run.catch(() => undefined);
  return run;
}

/** Loads one endpoint on loopback for a bounded time, from the load generator's own process. */
export function measure(url: string, body: string, options: { seconds: number; connections: number; headers?: Record<string, string>; requests?: LoadRequest['requests'] }): Promise<Throughput> {
  return generate<LoadResult>({ url, body, headers: options.headers ?? {}, seconds: options.seconds, connections: options.connections, requests: options.requests });
}

/** Many people at once, each on a connection of their own sending their own requests (bench/load-generator.ts). */
export function measurePeople(job: Omit<PeopleRequest, 'kind'>): Promise<PeopleResult> {
  return generate<PeopleResult>({ kind: 'people', ...job });
}

/** The baseline: a bare Node `http` server answering every request with one SQL query through `pg`. */
export async function startBareEndpoint(databaseUrl: string, sql: string, parameters: unknown[] = []): Promise<{ url: string; close: () => Promise<void> }> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  const server: Server = createServer(async (request, response) => {
    request.resume();
    try {
      const { rows } = await pool.query(sql, parameters);
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ data: rows }));
    } catch (error) {
      response.writeHead(500);
      response.end(String(error));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      await pool.end();
    },
  };
}

export function report(name: string, rows: Record<string, Throughput>): void {
  console.log(`\n${name}`);
  console.table(
    Object.fromEntries(
      Object.entries(rows).map(([label, value]) => [
        label,
        {
          'req/s': Math.round(value.requestsPerSecond),
          'p50 ms': value.latencyP50,
          'p99 ms': value.latencyP99,
          errors: value.errors + value.non2xx,
          ...(value.cpuMillisecondsPerRequest === undefined ? {} : { 'server CPU ms/request': Number(value.cpuMillisecondsPerRequest.toFixed(2)) }),
        },
      ]),
    ),
  );
}

/** Runs against a fresh database on the PostgreSQL server of `serverUrl`, dropped afterwards. */
export async function withDatabase<T>(run: (databaseUrl: string) => Promise<T>, serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'): Promise<T> {
  const name = `gotong_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  try {
    return await run(url.toString());
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

/** Nearest-rank percentiles of latencies in milliseconds. */
export function latencyPercentiles(latencies: number[]): { p50: number; p99: number; max: number } {
  const sorted = [...latencies].sort((a, b) => a - b);
  const rank = (share: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))] ?? Number.NaN;
  return { p50: rank(0.5), p99: rank(0.99), max: sorted.at(-1) ?? Number.NaN };
}

/** `pid`: the server's process, whose CPU time per request is then measured too. */
export type Target = { url: string; body: string; headers?: Record<string, string>; pid?: number };

/**
 * Measures several endpoints in alternating rounds (each warmed once), so that a machine shared with other work
 * slows them alike and their ratios stay comparable; the figures are averages over the rounds.
 */
export async function measureInterleaved<TName extends string>(
  targets: Record<TName, Target>,
  options: { seconds: number; rounds: number; connections: number },
): Promise<Record<TName, Throughput>> {
  const entries = Object.entries(targets) as [TName, Target][];
  for (const [, target] of entries) await measure(target.url, target.body, { seconds: 1, connections: options.connections, headers: target.headers });
  const runs = new Map<TName, Throughput[]>(entries.map(([name]) => [name, []]));
  const seconds = Math.max(1, Math.round(options.seconds / options.rounds));
  for (let round = 0; round < options.rounds; round += 1) {
    for (const [name, target] of entries) {
      const cpuBefore = target.pid ? await processCpuMilliseconds(target.pid) : 0;
      const measured = await measure(target.url, target.body, { seconds, connections: options.connections, headers: target.headers });
      if (target.pid) measured.cpuMillisecondsPerRequest = ((await processCpuMilliseconds(target.pid)) - cpuBefore) / Math.max(1, measured.requests ?? 0);
      runs.get(name)!.push(measured);
    }
  }
  const average = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  return Object.fromEntries(
    entries.map(([name]) => {
      const measured = runs.get(name)!;
      return [
        name,
        {
          requestsPerSecond: average(measured.map((run) => run.requestsPerSecond)),
          latencyP50: average(measured.map((run) => run.latencyP50)),
          latencyP99: Math.max(...measured.map((run) => run.latencyP99)),
          errors: measured.reduce((sum, run) => sum + run.errors, 0),
          non2xx: measured.reduce((sum, run) => sum + run.non2xx, 0),
          ...(targets[name].pid ? { cpuMillisecondsPerRequest: average(measured.map((run) => run.cpuMillisecondsPerRequest ?? 0)) } : {}),
        },
      ];
    }),
  ) as Record<TName, Throughput>;
}

/** An API process of its own (bench/api-server.ts) and its IPC: listening, SQL statement counts, memory, CPU profile. */
export class ApiProcess {
  readonly url: Promise<string>;
  private readonly child: ChildProcess;
  private closing = false;

  constructor(environment: Record<string, string>) {
    // NODE_ENV as deployed (Dockerfile): graphql-js, Express and Apollo run their development checks without it.
    this.child = forkBenchProcess('api-server.ts', { NODE_ENV: 'production', API_BENCH_SERVER_ENV: JSON.stringify(environment) }, ['--expose-gc']);
    this.url = new Promise((resolve, reject) => {
      this.child.once('message', (message: FromServer) => (message.type === 'listening' ? resolve(message.url) : reject(new Error('unexpected message'))));
      this.child.once('exit', (code) => reject(new Error(`the API process exited with ${code}`)));
    });
    this.child.on('exit', (code, signal) => {
      if (!this.closing) console.error(`an API process ended on its own: code ${code}, signal ${signal}`);
    });
  }

  /** The process id, for reading its memory from outside (/proc) without asking it. */
  get pid(): number {
    return this.child.pid!;
  }

  ask<T extends FromServer['type']>(message: ToServer): Promise<Extract<FromServer, { type: T }>> {
    return new Promise((resolve) => {
      this.child.once('message', resolve);
      this.child.send(message);
    });
  }

  async close(): Promise<void> {
    if (this.child.exitCode !== null) return;
    this.closing = true;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.send({ type: 'close' } satisfies ToServer);
    await exited;
  }
}

/** A bare baseline's process (bench/bare-*.ts), listening: it sends its URL, and ends on any message. */
export async function startBareServer(file: string, environment: Record<string, string>): Promise<{ url: string; pid: number; close: () => Promise<void> }> {
  const child = forkBenchProcess(file, environment);
  const url = await new Promise<string>((resolve, reject) => {
    child.once('message', (message: { url: string }) => resolve(message.url));
    child.once('exit', (code) => reject(new Error(`${file} exited with ${code}`)));
  });
  return {
    url,
    pid: child.pid!,
    close: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.send({ type: 'close' });
      await exited;
    },
  };
}
