import type { Client } from 'graphql-ws';
import { connectWebSocket } from './ws.js';

type Result<TData> = { data?: TData | null; errors?: readonly { message: string; extensions?: Record<string, unknown> }[] };

export type LiveSubscription<TData> = {
  /** The next event, or a rejection after `timeoutMs`. */
  next(timeoutMs?: number): Promise<Result<TData>>;
  /** Resolves when nothing arrived within `ms` (and fails the test otherwise). */
  expectNothing(ms?: number): Promise<void>;
  /** Resolves once the server has answered the subscribe with an error or completion (for refused subscriptions). */
  ended: Promise<readonly { message: string; extensions?: Record<string, unknown> }[] | null>;
  unsubscribe(): void;
};

/** Subscribes over a real graphql-ws client and queues the events for the test to take one by one. */
export function subscribe<TData = Record<string, any>>(client: Client, query: string, variables?: Record<string, unknown>): LiveSubscription<TData> {
  const queue: Result<TData>[] = [];
  const waiting: ((value: Result<TData>) => void)[] = [];
  let end!: (errors: readonly { message: string; extensions?: Record<string, unknown> }[] | null) => void;
  const ended = new Promise<readonly { message: string; extensions?: Record<string, unknown> }[] | null>((resolve) => {
    end = resolve;
  });
  const unsubscribe = client.subscribe<TData>(
    { query, variables },
    {
      next: (value) => {
        const taker = waiting.shift();
        if (taker) taker(value as Result<TData>);
        else queue.push(value as Result<TData>);
      },
      error: (error) => end(Array.isArray(error) ? error : [{ message: String((error as Error)?.message ?? error) }]),
      complete: () => end(null),
    },
  );
  return {
    next(timeoutMs = 5000) {
      const queued = queue.shift();
      if (queued) return Promise.resolve(queued);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiting.splice(waiting.indexOf(taker), 1);
          reject(new Error(`No event within ${timeoutMs} ms`));
        }, timeoutMs);
        const taker = (value: Result<TData>) => {
          clearTimeout(timer);
          resolve(value);
        };
        waiting.push(taker);
      });
    },
    async expectNothing(ms = 600) {
      await new Promise((resolve) => setTimeout(resolve, ms));
      if (queue.length > 0) throw new Error(`Expected no event, received ${JSON.stringify(queue[0])}`);
    },
    ended,
    unsubscribe,
  };
}

/** A graphql-ws client that is connected (and acknowledged) before it returns, signed in when a token is given. */
export async function connectLive(httpUrl: string, token?: string, options: Parameters<typeof connectWebSocket>[1] = {}): Promise<Client> {
  const client = connectWebSocket(httpUrl, { lazy: false, connectionParams: token ? { token } : undefined, ...options });
  await new Promise<void>((resolve, reject) => {
    const offConnected = client.on('connected', () => {
      offConnected();
      resolve();
    });
    client.on('closed', (event) => reject(new Error(`closed before connecting: ${JSON.stringify(event)}`)));
  });
  return client;
}

/**
 * Lets a subscription reach the server before the test acts: graphql-ws sends `subscribe` without an answer,
 * so a query on the same socket (answered after the subscribe is handled, in order) marks the point.
 */
export async function settled(client: Client): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    client.subscribe({ query: '{ __typename }' }, { next: () => undefined, error: reject, complete: resolve });
  });
}

/** The live clients a test file opens, connected on demand and all closed by `disposeAll` (after each test). */
export function liveClients(url: () => string) {
  const clients: Client[] = [];
  return {
    async connect(token?: string, options?: Parameters<typeof connectWebSocket>[1]): Promise<Client> {
      const client = await connectLive(url(), token, options);
      clients.push(client);
      return client;
    },
    async disposeAll(): Promise<void> {
      await Promise.all(clients.splice(0).map((client) => client.dispose()));
    },
  };
}
