import { createClient, type Client, type ClientOptions } from 'graphql-ws';
import WebSocket from 'ws';

/** A real graphql-ws client against a test app's /graphql, optionally with a browser-like Origin header. */
export function connectWebSocket(httpUrl: string, options: Partial<ClientOptions> & { origin?: string } = {}): Client {
  const { origin, ...clientOptions } = options;
  const url = `${httpUrl.replace(/^http/, 'ws')}/graphql`;
  class WebSocketWithOrigin extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, origin ? { headers: { origin } } : {});
    }
  }
  return createClient({ url, webSocketImpl: WebSocketWithOrigin, retryAttempts: 0, lazy: true, ...clientOptions });
}

/** Runs one query or mutation over the socket and resolves with its single result. */
export function executeOverWebSocket<TData = Record<string, any>>(
  client: Client,
  query: string,
  variables?: Record<string, unknown>,
): Promise<{ data?: TData; errors?: { message: string; extensions?: Record<string, unknown> }[] }> {
  return new Promise((resolve, reject) => {
    let result: { data?: TData; errors?: never } | undefined;
    client.subscribe<TData>(
      { query, variables },
      {
        next: (value) => {
          result = value as never;
        },
        error: (error) => (Array.isArray(error) ? resolve({ errors: error as never }) : reject(error)),
        complete: () => resolve(result ?? {}),
      },
    );
  });
}
