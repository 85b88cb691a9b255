import type { IncomingMessage } from 'node:http';
import { GraphQLError, type DocumentNode, type ExecutionArgs, type ExecutionResult, type GraphQLSchema } from 'graphql';
import type { Disposable } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { LRUCache } from 'lru-cache';
import type { WebSocketServer } from 'ws';
import type { AppServices } from '../../context.js';
import { operationLimits } from '../../core/graphql-limits.js';
import { maskAll, type ErrorMask } from '../../core/mask-errors.js';
import type { OperationGuard } from '../../core/operation-guard.js';
import { createLiveContext } from './live-context.js';
import { deliverTo, subscribeLive } from './live-subscribe.js';
import { boundSendBuffer } from './send-buffer.js';

/**
 * How often each socket is pinged (a dead one is dropped when its pong does not come within as long): graphql-ws's
 * 12 s cost a tenth of the process's CPU with 10,000 idle sockets; nginx keeps a quiet socket for an hour.
 */
const keepAliveMilliseconds = 30_000;

export type LiveWebSocketOptions = {
  schema: GraphQLSchema;
  services: AppServices;
  guard: OperationGuard;
  mask: ErrorMask;
  /** The session token of an upgrade request (its cookie or Authorization header). */
  requestToken(request: IncomingMessage): string | null;
};

/**
 * graphql-ws on `webSocketServer`: the protocol (connection, subscribe, complete, ping, errors) is graphql-ws's; the
 * events' messages are written by the subscriptions themselves (see subscribeLive), framed around one serialised
 * result per event, through the socket's bounded send buffer.
 */
export function serveLive(webSocketServer: WebSocketServer, options: LiveWebSocketOptions): Disposable {
  const { schema, services, guard, mask } = options;
  const { config, logger } = services;
  const format = (result: ExecutionResult) => (result.errors ? { ...result, errors: maskAll(mask, result.errors) } : result);
  // Thousands of browsers open the same few subscriptions: each query text is parsed and validated once (the limits
  // are rules of the document alone; the cost, which depends on the variables, is still checked every time).
  const validatedDocuments = new LRUCache<string, DocumentNode>({ max: 500 });
  webSocketServer.on('connection', (socket) =>
    boundSendBuffer(socket, config.liveSendBufferBytes, () => logger.warn({ limitBytes: config.liveSendBufferBytes }, 'closed a WebSocket whose reader fell behind')),
  );
  return useServer<{ token?: unknown }, { request: IncomingMessage }>(
    {
      schema,
      subscribe: subscribeLive,
      onSubscribe: async (socket, id, payload) => {
        // graphql-ws has already registered this operation: it counts itself.
        if (Object.keys(socket.subscriptions).length > operationLimits.subscriptionsPerSocket) {
          return [
            new GraphQLError(`At most ${operationLimits.subscriptionsPerSocket} operations at once on one connection.`, { extensions: { code: 'BAD_REQUEST' } }),
          ];
        }
        const document = validatedDocuments.get(payload.query) ?? guard.prepare(payload.query);
        if (Array.isArray(document)) return document;
        validatedDocuments.set(payload.query, document);
        try {
          const fromParams = socket.connectionParams?.token;
          const contextValue = await createLiveContext(services, {
            token: typeof fromParams === 'string' ? fromParams : options.requestToken(socket.extra.request),
            clientAddress: socket.extra.request.socket.remoteAddress ?? 'unknown',
            userAgent: socket.extra.request.headers['user-agent'] ?? null,
            sessionCookie: null,
          });
          await guard.admit(contextValue, { document, variables: payload.variables, operationName: payload.operationName });
          const webSocket = socket.extra.socket;
          deliverTo(contextValue, { id, send: (message) => webSocket.send(message), format });
          const args: ExecutionArgs = { schema, document, contextValue, variableValues: payload.variables, operationName: payload.operationName };
          return args;
        } catch (error) {
          // A refusal goes to the client as it is; anything else through the mask like every other unexpected error.
          return [error instanceof GraphQLError ? error : new GraphQLError('Internal server error', { originalError: error as Error })];
        }
      },
      // Queries and mutations over the socket, and errors; the subscriptions' events do not pass here.
      onNext: (_socket, _id, _payload, _args, result) => (result.errors ? format(result) : undefined),
      onError: (_socket, _id, _payload, errors) => maskAll(mask, errors),
      // Close reasons never carry an error's message.
      isProd: true,
    },
    webSocketServer,
    keepAliveMilliseconds,
  );
}
