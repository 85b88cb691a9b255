/**
 * One API process of a benchmark (`ApiProcess` in bench/harness.ts forks it), so that the server has a process of its
 * own and the load generators have theirs. It reports over IPC when it listens, how many SQL statements it ran and how
 * much time went to garbage collection since it was last asked, its memory after a full garbage collection (it runs
 * with --expose-gc), and takes a CPU profile on request.
 */
import 'reflect-metadata';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { constants, PerformanceObserver } from 'node:perf_hooks';
import { loadConfig } from '../apps/api/src/core/config.js';
import { createLogger } from '../apps/api/src/core/logger.js';
import { startServer } from '../apps/api/src/server.js';

export type ToServer = { type: 'statements' } | { type: 'recent-statements' } | { type: 'log-statements'; on: boolean } | { type: 'gc' } | { type: 'memory' } | { type: 'profile'; action: 'start' | 'stop' } | { type: 'close' };
export type FromServer =
  | { type: 'listening'; url: string }
  | { type: 'statements'; count: number }
  | { type: 'recent-statements'; statements: string[] }
  | { type: 'log-statements' }
  | { type: 'gc'; collections: number; major: number; milliseconds: number; longestMilliseconds: number; cpuMilliseconds: number }
  | { type: 'memory'; rss: number; heapUsed: number; external: number }
  | { type: 'profile'; file: string | null };

const send = (message: FromServer) => process.send!(message);

let statements = 0;
/** The last few statements as MikroORM logs them, for EXPLAIN. */
const recentStatements: string[] = [];
const collected = { collections: 0, major: 0, milliseconds: 0, longestMilliseconds: 0 };
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    collected.collections += 1;
    if ((entry as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) collected.major += 1;
    collected.milliseconds += entry.duration;
    collected.longestMilliseconds = Math.max(collected.longestMilliseconds, entry.duration);
  }
}).observe({ entryTypes: ['gc'] });
let cpuSince = process.cpuUsage();
const environment = JSON.parse(process.env.API_BENCH_SERVER_ENV ?? '{}') as Record<string, string>;
const config = loadConfig({ NODE_ENV: 'production', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', SEED_DEMO: '0', ...environment });
const server = await startServer({ config, logger: createLogger('silent'), serveWeb: false, logQuery: (message) => {
    statements += 1;
    recentStatements.push(message);
    if (recentStatements.length > 10) recentStatements.shift();
  },
});

// Statements are seen (counted, kept for EXPLAIN) until a benchmark turns that off to measure without the logging's cost;
// with their values inlined, as PostgreSQL runs them (MikroORM inlines them when it sends).
const logStatements = (on: boolean) => server.services.orm.config.set('debug', on ? ['query', 'query-params'] : false);
logStatements(true);

let profiling: { stop: () => Promise<string> } | null = null;

async function startProfiling(): Promise<{ stop: () => Promise<string> }> {
  const { Session } = await import('node:inspector/promises');
  const { writeFile } = await import('node:fs/promises');
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return {
    stop: async () => {
      const { profile } = await session.post('Profiler.stop');
      const file = path.join(tmpdir(), `gotong-api-${process.pid}-${Date.now()}.cpuprofile`);
      await writeFile(file, JSON.stringify(profile));
      session.disconnect();
      return file;
    },
  };
}

process.on('message', async (message: ToServer) => {
  if (message.type === 'statements') {
    send({ type: 'statements', count: statements });
    statements = 0;
  } else if (message.type === 'log-statements') {
    logStatements(message.on);
    send({ type: 'log-statements' });
  } else if (message.type === 'recent-statements') {
    send({ type: 'recent-statements', statements: recentStatements.splice(0) });
  } else if (message.type === 'gc') {
    const cpu = process.cpuUsage(cpuSince);
    send({ type: 'gc', ...collected, cpuMilliseconds: (cpu.user + cpu.system) / 1000 });
    Object.assign(collected, { collections: 0, major: 0, milliseconds: 0, longestMilliseconds: 0 });
    cpuSince = process.cpuUsage();
  } else if (message.type === 'memory') {
    for (let round = 0; round < 3; round += 1) (globalThis as { gc?: () => void }).gc?.();
    const { rss, heapUsed, external } = process.memoryUsage();
    send({ type: 'memory', rss, heapUsed, external });
  } else if (message.type === 'profile') {
    if (message.action === 'start') {
      profiling = await startProfiling();
      send({ type: 'profile', file: null });
    } else {
      send({ type: 'profile', file: (await profiling?.stop()) ?? null });
    }
  } else {
    await server.close();
    process.exit(0);
  }
});

send({ type: 'listening', url: server.url });
