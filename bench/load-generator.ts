/**
 * The load generator's own process (forked by `LoadGenerator` in bench/harness.ts), so that autocannon never shares an
 * event loop or a core's time slice bookkeeping with the server it measures. Kept apart so that it loads only autocannon.
 */
import autocannon from 'autocannon';

export type LoadRequest = {
  url: string;
  body: string;
  headers: Record<string, string>;
  seconds: number;
  connections: number;
  /** Bodies sent in turn (e.g. one person's token each), instead of `body`/`headers` alone. */
  requests?: { body?: string; headers?: Record<string, string> }[];
};
export type LoadResult = { requestsPerSecond: number; latencyP50: number; latencyP99: number; errors: number; non2xx: number; requests: number };

process.on('message', async (message: LoadRequest) => {
  const result = await autocannon({
    url: message.url,
    method: 'POST',
    body: message.body,
    headers: { 'content-type': 'application/json', ...message.headers },
    requests: message.requests?.map((request) => ({ method: 'POST', ...request })),
    duration: message.seconds,
    connections: message.connections,
  });
  process.send!({
    requestsPerSecond: result.requests.average,
    latencyP50: result.latency.p50,
    latencyP99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
    requests: result.requests.total,
  } satisfies LoadResult);
});
process.on('disconnect', () => process.exit(0));
process.send!({ ready: true });
