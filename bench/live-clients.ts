/**
 * The subscribers of bench/live-subscriptions.ts: client processes, separate from the server, each holding its share of
 * the WebSockets (graphql-transport-ws when a subscription is planned, bare otherwise) and recording when each socket's
 * n-th message arrives. Kept apart from the benchmark so that a client process loads only `ws`.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { WebSocket } from 'ws';

export type SocketPlan = { token: string | null; ideaId: string | null; expectsEvents: boolean };
type ToClient =
  | { type: 'open'; url: string; query: string; sockets: SocketPlan[] }
  | { type: 'collect'; event: number; timeoutMs: number }
  | { type: 'close' };
type FromClient =
  | { type: 'opened'; failed: number }
  | { type: 'collected'; arrivals: number[]; sample: string | null; errors: number; unexpected: number };

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
  let errors = 0;
  let sample: string | null = null;
  const send = (message: FromClient) => process.send!(message);

  function open(url: string, query: string, plan: SocketPlan, index: number): Promise<boolean> {
    return new Promise((resolve) => {
      const socket = plan.ideaId || plan.token ? new WebSocket(url, 'graphql-transport-ws') : new WebSocket(url);
      sockets[index] = socket;
      arrivals[index] = [];
      socket.on('error', () => resolve(false));
      socket.on('open', () => {
        if (!plan.ideaId) return resolve(true);
        socket.send(JSON.stringify({ type: 'connection_init', payload: plan.token ? { token: plan.token } : {} }));
      });
      socket.on('message', (data: Buffer) => {
        const arrived = now();
        if (data.includes('"type":"next"') || !plan.ideaId) {
          arrivals[index].push(arrived);
          if (data.includes('"errors"')) errors += 1;
          if (sample === null && plan.expectsEvents) sample = data.toString();
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
      const done = plans.every((plan, index) => !plan.expectsEvents || arrivals[index].length > event);
      if (!done && now() < deadline) return void setTimeout(check, 5);
      send({
        type: 'collected',
        arrivals: plans.flatMap((plan, index) => (plan.expectsEvents ? [arrivals[index][event] ?? -1] : [])),
        sample,
        errors,
        unexpected: plans.reduce((sum, plan, index) => sum + (plan.expectsEvents ? 0 : arrivals[index].length), 0),
      });
    };
    check();
  }

  process.on('message', async (message: ToClient) => {
    if (message.type === 'open') {
      plans = message.sockets;
      let failed = 0;
      // A few handshakes at a time: the server's accept backlog is small.
      for (let start = 0; start < plans.length; start += 50) {
        const opened = await Promise.all(plans.slice(start, start + 50).map((plan, offset) => open(message.url, message.query, plan, start + offset)));
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
  async open(url: string, plans: SocketPlan[], query = ''): Promise<number> {
    const shares = this.children.map((_, index) => plans.filter((_, planIndex) => planIndex % this.children.length === index));
    const answers = await Promise.all(this.children.map((child, index) => this.ask(child, { type: 'open', url, query, sockets: shares[index] })));
    return answers.reduce((sum, answer) => sum + (answer.type === 'opened' ? answer.failed : 0), 0);
  }

  async collect(event: number, timeoutMs = 30_000) {
    const answers = (await Promise.all(this.children.map((child) => this.ask(child, { type: 'collect', event, timeoutMs })))) as Extract<FromClient, { type: 'collected' }>[];
    return {
      arrivals: answers.flatMap((answer) => answer.arrivals),
      sample: answers.find((answer) => answer.sample)?.sample ?? null,
      errors: answers.reduce((sum, answer) => sum + answer.errors, 0),
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
