import { createClient, type Client } from 'graphql-ws';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

let client: Client | null = null;
const resumeListeners = new Set<() => void>();

/**
 * The browser's one graphql-ws connection to /graphql on this site (the session cookie authenticates it). It retries
 * for ever with growing pauses; after a reconnect, pages refetch what they show, since events are not replayed.
 */
function liveClient(): Client {
  if (client) return client;
  let connections = 0;
  client = createClient({
    url: `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/graphql`,
    lazy: true,
    keepAlive: 20_000,
    retryAttempts: Infinity,
    shouldRetry: () => true,
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, Math.min(30_000, 1000 * 2 ** retries) * (0.5 + Math.random() / 2))),
    on: {
      connected: () => {
        connections += 1;
        if (connections > 1) for (const listener of resumeListeners) listener();
      },
    },
  });
  return client;
}

/** Subscribes to a typed operation; `onEvent` gets each result's data, `onResume` runs after each reconnect. Returns the unsubscribe. */
export function subscribeLive<TData, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  onEvent: (data: TData) => void,
  onResume?: () => void,
): () => void {
  const unsubscribe = liveClient().subscribe<TData>(
    { query: print(document), variables },
    {
      next: (result) => {
        if (result.data) onEvent(result.data);
      },
      error: () => undefined,
      complete: () => undefined,
    },
  );
  if (onResume) resumeListeners.add(onResume);
  return () => {
    if (onResume) resumeListeners.delete(onResume);
    unsubscribe();
  };
}
