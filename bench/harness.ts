import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import pg from 'pg';

export type Throughput = { requestsPerSecond: number; latencyP50: number; latencyP99: number; errors: number; non2xx: number };

/** Loads one endpoint on loopback for a bounded time with a fixed POST body. */
export async function measure(url: string, body: string, options: { seconds: number; connections: number; headers?: Record<string, string> }): Promise<Throughput> {
  const result = await autocannon({
    url,
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', ...options.headers },
    duration: options.seconds,
    connections: options.connections,
  });
  return {
    requestsPerSecond: result.requests.average,
    latencyP50: result.latency.p50,
    latencyP99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  };
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
        { 'req/s': Math.round(value.requestsPerSecond), 'p50 ms': value.latencyP50, 'p99 ms': value.latencyP99, errors: value.errors + value.non2xx },
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

export type Target = { url: string; body: string; headers?: Record<string, string> };

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
    for (const [name, target] of entries) runs.get(name)!.push(await measure(target.url, target.body, { seconds, connections: options.connections, headers: target.headers }));
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
        },
      ];
    }),
  ) as Record<TName, Throughput>;
}
