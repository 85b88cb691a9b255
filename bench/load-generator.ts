/**
 * The load generator's own process (forked by `LoadGenerator` in bench/harness.ts), so that autocannon never shares an
 * event loop or a core's time slice bookkeeping with the server it measures. Kept apart so that it loads only autocannon.
 */
import { Agent, request } from 'node:http';
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

/**
 * People acting at once, each on a connection of their own, each sending their own requests one after another (a
 * person's token, an idea each): `bodies(person, step)` is fixed up front as `steps` per person, rotated by person so
 * that they do not all queue on the same row.
 */
export type PeopleRequest = {
  kind: 'people';
  url: string;
  tokens: string[];
  bodies: string[];
  seconds: number;
  /** The JSON path whose presence in an answer means it did what was asked (e.g. "data.voteIdea.idea"). */
  success: string[];
};
export type PeopleResult = LoadResult & { succeeded: number };

function post(agent: Agent, url: URL, body: string, token: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: `Bearer ${token}` } });
    outgoing.on('error', reject);
    outgoing.on('response', (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
    });
    outgoing.end(body);
  });
}

const reached = (value: unknown, path: string[]) => path.reduce<unknown>((node, key) => (node as Record<string, unknown> | null)?.[key] ?? null, value) !== null;

async function people(job: PeopleRequest): Promise<PeopleResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: job.tokens.length });
  const url = new URL(job.url);
  const latencies: number[] = [];
  let errors = 0;
  let non2xx = 0;
  let succeeded = 0;
  const started = performance.now();
  const deadline = started + job.seconds * 1000;
  await Promise.all(
    job.tokens.map(async (token, person) => {
      for (let step = 0; step < job.bodies.length && performance.now() < deadline; step += 1) {
        const body = job.bodies[(person + step) % job.bodies.length];
        const sent = performance.now();
        try {
          const answer = await post(agent, url, body, token);
          latencies.push(performance.now() - sent);
          if (answer.status !== 200) non2xx += 1;
          else if (reached(JSON.parse(answer.text), job.success)) succeeded += 1;
          else errors += 1;
        } catch {
          errors += 1;
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const rank = (share: number) => latencies[Math.min(latencies.length - 1, Math.max(0, Math.ceil(share * latencies.length) - 1))] ?? Number.NaN;
  return { requestsPerSecond: latencies.length / seconds, latencyP50: rank(0.5), latencyP99: rank(0.99), errors, non2xx, requests: latencies.length, succeeded };
}

process.on('message', async (message: LoadRequest | PeopleRequest) => {
  if ('kind' in message) {
    process.send!(await people(message));
    return;
  }
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
