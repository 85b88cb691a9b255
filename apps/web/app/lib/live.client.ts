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
  // Set when the socket closed while a page listened: its next connection is a resume (a lazy close, with no page
  // listening, is not).
  let resumeDue = false;
  client = createClient({
    url: `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/graphql`,
    lazy: true,
    keepAlive: 20_000,
    retryAttempts: Infinity,
    shouldRetry: () => true,
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, Math.min(30_000, 1000 * 2 ** retries) * (0.5 + Math.random() / 2))),
    on: {
      closed: () => {
        if (resumeListeners.size > 0) resumeDue = true;
      },
      connected: () => {
        if (!resumeDue) return;
        resumeDue = false;
        // Every listener reloads the same route data: one reload per reconnect, however many subscriptions the page has.
        resumeListeners.values().next().value?.();
      },
    },
  });
  return client;
}

/** Subscribes to a typed operation; `onEvent` gets each result's data, `onResume` reloads the page's data after a reconnect. Returns the unsubscribe. */
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
