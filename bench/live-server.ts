/**
 * One API process of bench/live-subscriptions.ts, forked by it so that the server has a process of its own (the
 * load generators have theirs). It reports over IPC when it listens, how many SQL statements it ran since it was
 * last asked, and its memory after a full garbage collection (it runs with --expose-gc).
 */
import 'reflect-metadata';
import { loadConfig } from '../apps/api/src/core/config.js';
import { createLogger } from '../apps/api/src/core/logger.js';
import { startServer } from '../apps/api/src/server.js';

export type ToServer = { type: 'statements' } | { type: 'memory' } | { type: 'profile'; action: 'start' | 'stop' } | { type: 'close' };
export type FromServer =
  | { type: 'listening'; url: string }
  | { type: 'statements'; count: number }
  | { type: 'memory'; rss: number; heapUsed: number; external: number }
  | { type: 'profile'; file: string | null };

const send = (message: FromServer) => process.send!(message);

let statements = 0;
const environment = JSON.parse(process.env.LIVE_BENCH_SERVER_ENV ?? '{}') as Record<string, string>;
const config = loadConfig({ NODE_ENV: 'production', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', SEED_DEMO: '0', ...environment });
const server = await startServer({ config, logger: createLogger('silent'), serveWeb: false, logQuery: () => void (statements += 1) });

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
      const file = `live-delivery-${process.pid}-${Date.now()}.cpuprofile`;
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
