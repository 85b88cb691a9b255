/**
 * The simulated browsers of bench/live-subscriptions.ts: client processes, separate from the server, each holding its
 * share of the WebSockets (graphql-transport-ws when a subscription is planned, bare otherwise). A browser has an
 * event when it has everything it needs to paint it: with the web as it is (`apply`), the event's payload, parsed;
 * with the web as it was (`revalidate`), also the answers of the HTTP requests its page then made (the page's loaders
 * again), made for real. Kept apart from the benchmark so that a client process loads only `ws`.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { WebSocket } from 'ws';

export type SocketPlan = { url: string; token: string | null; ideaId: string | null; expectsEvents: boolean };
/** What a page does on an event: apply its payload, or reload its data through these GraphQL operations over HTTP. */
export type WebBehaviour = { mode: 'apply' } | { mode: 'revalidate'; operations: { query: string; signedInOnly: boolean }[] };
type ToClient =
  | { type: 'open'; query: string; sockets: SocketPlan[]; behaviour: WebBehaviour }
  | { type: 'collect'; event: number; timeoutMs: number }
  | { type: 'close' };
type FromClient =
  | { type: 'opened'; failed: number }
  | { type: 'collected'; arrivals: number[]; sample: string | null; errors: number; unexpected: number; httpRequests: number };

/** Milliseconds on a clock that the server and client processes of one machine share. */
export const now = () => performance.timeOrigin + performance.now();

/**
 * A client process: opens its share of the sockets (graphql-transport-ws when a subscription is planned, bare
 * otherwise) and records when each socket's n-th message arrives, without parsing the large ones.
 */
function runClient(): void {
  const sockets: WebSocket[] = [];
  const arrivals: number[][] = [];
  let plans: SocketPlan[] = [];
  let behaviour: WebBehaviour = { mode: 'apply' };
  let errors = 0;
  let httpRequests = 0;
  let sample: string | null = null;
  const send = (message: FromClient) => process.send!(message);

  /** The HTTP requests the page makes on an event (none when it applies the payload), made for real. */
  async function pageRequests(plan: SocketPlan): Promise<void> {
    if (behaviour.mode === 'apply') return;
    const graphqlUrl = `${plan.url.replace(/^ws/, 'http')}`;
    await Promise.all(
      behaviour.operations
        .filter((operation) => plan.token || !operation.signedInOnly)
        .map(async (operation) => {
          httpRequests += 1;
          // Thousands of requests at once overflow the server's accept queue: a reset request is sent again, as a browser would.
          for (let attempt = 1; ; attempt += 1) {
            try {
              const response = await fetch(graphqlUrl, {
                method: 'POST',
                headers: { 'content-type': 'application/json', ...(plan.token ? { authorization: `Bearer ${plan.token}` } : {}) },
                body: JSON.stringify({ query: operation.query, variables: { id: plan.ideaId } }),
              });
              const body = (await response.json()) as { errors?: unknown };
              if (body.errors) errors += 1;
              return;
            } catch (error) {
              if (attempt >= 5) throw error;
            }
          }
        }),
    );
  }

  function open(query: string, plan: SocketPlan, index: number): Promise<boolean> {
    return new Promise((resolve) => {
      const socket = plan.ideaId || plan.token ? new WebSocket(plan.url, 'graphql-transport-ws') : new WebSocket(plan.url);
      sockets[index] = socket;
      arrivals[index] = [];
      socket.on('error', () => resolve(false));
      socket.on('open', () => {
        if (!plan.ideaId) return resolve(true);
        socket.send(JSON.stringify({ type: 'connection_init', payload: plan.token ? { token: plan.token } : {} }));
      });
      socket.on('message', (data: Buffer) => {
        if (!plan.ideaId) return void arrivals[index].push(now());
        if (data.includes('"type":"next"')) {
          // What the page needs to paint: the payload, parsed; with revalidation, the reloaded data too.
          const message = JSON.parse(data.toString()) as { payload?: { data?: unknown; errors?: unknown } };
          if (message.payload?.errors || !message.payload?.data) errors += 1;
          if (sample === null && plan.expectsEvents) sample = data.toString();
          const slot = arrivals[index].length;
          arrivals[index].push(-1);
          void pageRequests(plan).then(
            () => (arrivals[index][slot] = now()),
            () => (errors += 1),
          );
        } else if (data.includes('connection_ack')) {
          socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query, variables: { id: plan.ideaId } } }));
          resolve(true);
        } else {
          errors += 1;
        }
      });
    });
  }

  function collect(event: number, timeoutMs: number): void {
    const deadline = now() + timeoutMs;
    const check = () => {
      const done = plans.every((plan, index) => !plan.expectsEvents || (arrivals[index][event] ?? -1) >= 0);
      if (!done && now() < deadline) return void setTimeout(check, 5);
      send({
        type: 'collected',
        arrivals: plans.flatMap((plan, index) => (plan.expectsEvents ? [arrivals[index][event] ?? -1] : [])),
        sample,
        errors,
        httpRequests,
        unexpected: plans.reduce((sum, plan, index) => sum + (plan.expectsEvents ? 0 : arrivals[index].length), 0),
      });
    };
    check();
  }

  process.on('message', async (message: ToClient) => {
    if (message.type === 'open') {
      behaviour = message.behaviour;
      const start = plans.length;
      plans = [...plans, ...message.sockets];
      let failed = 0;
      // A few handshakes at a time: the server's accept backlog is small.
      for (let offset = 0; offset < message.sockets.length; offset += 50) {
        const batch = message.sockets.slice(offset, offset + 50);
        const opened = await Promise.all(batch.map((plan, index) => open(message.query, plan, start + offset + index)));
        failed += opened.filter((ok) => !ok).length;
      }
      send({ type: 'opened', failed });
    } else if (message.type === 'collect') {
      collect(message.event, message.timeoutMs);
    } else {
      for (const socket of sockets) socket.terminate();
      process.exit(0);
    }
  });
}

/** The client processes, forked from this file, and their sockets. */
export class Clients {
  private readonly children: ChildProcess[];

  constructor(count: number) {
    this.children = Array.from({ length: count }, () => fork(fileURLToPath(import.meta.url), ['--client-process'], { execArgv: process.execArgv }));
  }

  private ask(child: ChildProcess, message: ToClient): Promise<FromClient> {
    return new Promise((resolve) => {
      child.once('message', resolve);
      child.send(message);
    });
  }

  /** Spreads the sockets over the clients, round robin, and waits until all are open. */
  async open(plans: SocketPlan[], query = '', behaviour: WebBehaviour = { mode: 'apply' }): Promise<number> {
    const shares = this.children.map((_, index) => plans.filter((_, planIndex) => planIndex % this.children.length === index));
    const answers = await Promise.all(this.children.map((child, index) => this.ask(child, { type: 'open', query, sockets: shares[index], behaviour })));
    return answers.reduce((sum, answer) => sum + (answer.type === 'opened' ? answer.failed : 0), 0);
  }

  async collect(event: number, timeoutMs = 30_000) {
    const answers = (await Promise.all(this.children.map((child) => this.ask(child, { type: 'collect', event, timeoutMs })))) as Extract<FromClient, { type: 'collected' }>[];
    return {
      arrivals: answers.flatMap((answer) => answer.arrivals),
      sample: answers.find((answer) => answer.sample)?.sample ?? null,
      errors: answers.reduce((sum, answer) => sum + answer.errors, 0),
      httpRequests: answers.reduce((sum, answer) => sum + answer.httpRequests, 0),
      unexpected: answers.reduce((sum, answer) => sum + answer.unexpected, 0),
    };
  }

  async close(): Promise<void> {
    await Promise.all(this.children.map((child) => new Promise((resolve) => {
      child.once('exit', resolve);
      child.send({ type: 'close' } satisfies ToClient);
    })));
  }
}


if (process.argv.includes('--client-process')) runClient();
