import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express4';
import { parse as parseCookies, serialize as serializeCookie } from 'cookie';
import express, { type Request, type Response } from 'express';
import type { GraphQLSchema } from 'graphql';
import proxyAddr from 'proxy-addr';
import { WebSocketServer } from 'ws';
import { createContext, type AppServices, type Context, type SessionCookieWriter } from './context.js';
import type { Config } from './core/config.js';
import { eventsSettled, holdEvents, releaseEvents } from './core/events.js';
import { operationLimits } from './core/graphql-limits.js';
import { graphQLResponseStatusPlugin } from './core/graphql-response-status.js';
import { compressResponses } from './core/http-compression.js';
import { trackHttpConnections } from './core/http-drain.js';
import { createLogger, type Logger } from './core/logger.js';
import { maskErrors } from './core/mask-errors.js';
import { createOperationGuard } from './core/operation-guard.js';
import { createInProcessPubSub, createRedisPubSub } from './core/pubsub.js';
import { createRateLimiters } from './core/rate-limit.js';
import { bootstrapData } from './db/bootstrap.js';
import { startDatabase, type Database } from './db/start-database.js';
import { sessionCookieName, tokenFromRequest } from './modules/accounts/session-token.js';
import { serveLive } from './modules/live/index.js';
import { modules } from './modules.js';
import { createPageCache } from './page-cache.js';
import { startEmailWorker } from './modules/notifications/index.js';
import { createSchema } from './schema.js';
import { mountWeb, securityHeaders } from './web.js';

export type GotongServer = {
  url: string;
  httpServer: Server;
  services: AppServices;
  schema: GraphQLSchema;
  close: () => Promise<void>;
};

export type ServerOptions = {
  config: Config;
  logger?: Logger;
  /** Sees every SQL statement (tests count them). */
  logQuery?: (sql: string) => void;
  /** Serve the web app's build when it exists (the default); API-only processes turn it off. */
  serveWeb?: boolean;
};

function cookieWriter(config: Config, response: ServerResponse): SessionCookieWriter {
  const options = { httpOnly: true, sameSite: 'lax' as const, secure: config.secureCookies, path: '/' };
  return {
    set: (token, expiresAt) => response.appendHeader('Set-Cookie', serializeCookie(sessionCookieName, token, { ...options, expires: expiresAt })),
    clear: () => response.appendHeader('Set-Cookie', serializeCookie(sessionCookieName, '', { ...options, maxAge: 0 })),
  };
}

type Middleware = (request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void) => void;

/** Runs `middleware` in turn as Express would (each calls `next`, with an error to stop), then `done`. */
function runMiddleware(middleware: readonly Middleware[], request: IncomingMessage, response: ServerResponse, done: (error?: unknown) => void): void {
  let index = 0;
  const next = (error?: unknown) => {
    if (error || index === middleware.length) return done(error);
    const current = middleware[index];
    index += 1;
    try {
      current(request, response, next);
    } catch (thrown) {
      done(thrown);
    }
  };
  next();
}

/** The answer to a request refused or failed outside GraphQL: a body too large or unreadable, an unexpected error. */
function answerRequestError(logger: Logger, error: Error & { status?: number; type?: string }, response: ServerResponse): void {
  let status = 500;
  let errors: { message: string; extensions?: { code: string } }[] = [{ message: 'Internal server error' }];
  if (error.type === 'entity.too.large') {
    const limit = `${Math.round(operationLimits.maxMessageBytes / 1024)} KB`;
    status = 413;
    errors = [{ message: `The request is larger than the ${limit} a request may carry; shorten the text.`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }];
  } else if (error.status && error.status < 500) {
    status = error.status;
    errors = [{ message: error.message }];
  } else {
    logger.error({ err: error }, 'unhandled request error');
  }
  response.statusCode = status;
  response.setHeader('Content-Type', 'application/json; charset=utf-8');
  response.end(JSON.stringify({ errors }));
}

function requestToken(request: IncomingMessage): string | null {
  return tokenFromRequest(request.headers.authorization, parseCookies(request.headers.cookie ?? ''));
}

/** Browsers always send Origin on a WebSocket handshake: accept our own host and the configured origins. */
function originAllowed(config: Config, request: IncomingMessage): boolean {
  const origin = request.headers.origin;
  if (!origin) return true;
  try {
    const { host } = new URL(origin);
    return host === request.headers.host || config.allowedOrigins.includes(origin);
  } catch {
    return false;
  }
}

export async function startServer(options: ServerOptions): Promise<GotongServer> {
  const { config } = options;
  const logger = options.logger ?? createLogger(config.logLevel);
  const database: Database = await startDatabase(config, logger, options.logQuery);
  await bootstrapData(database, config, logger);

  const shared = config.redisUrl ? createRedisPubSub(config.redisUrl, config.redisKeyPrefix) : null;
  const pubsub = shared?.pubsub ?? createInProcessPubSub();
  const services: AppServices = {
    orm: database.orm,
    config,
    logger,
    pubsub,
    rateLimiters: createRateLimiters(config.rateLimits, shared?.redis, config.redisKeyPrefix),
  };
  const schema = await createSchema(pubsub);
  const guard = createOperationGuard(schema);
  const mask = maskErrors(logger);
  const pageCache = createPageCache(pubsub, { seconds: config.pageCacheSeconds });

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  const headers = securityHeaders(config);
  const compress = compressResponses();
  app.use(headers, compress);
  const readJson = express.json({ limit: operationLimits.maxMessageBytes });
  const trustsProxy = app.get('trust proxy fn') as (address: string, hop: number) => boolean;
  // POST /graphql, nearly every request the API serves, skips Express (its request and response wrapping, router and
  // `res.send`: a third of the CPU of a small operation) but not what Express runs for it: the same security headers,
  // compression, body reading with its limit, client address and Apollo server (ADR 035). Anything else, GET /graphql
  // included, goes through Express.
  const beforeGraphQL = [headers, compress, readJson] as Middleware[];
  const httpServer = createServer((request, response) => {
    if (request.method === 'POST' && request.url === '/graphql') {
      runMiddleware(beforeGraphQL, request, response, (error) => {
        if (error) answerRequestError(logger, error as Error, response);
        else answerGraphQL(request as IncomingMessage & { body: unknown }, response).catch((failure: unknown) => {
          if (response.headersSent) response.destroy();
          else answerRequestError(logger, failure as Error, response);
        });
      });
    } else {
      app(request, response);
    }
  });
  const connections = trackHttpConnections(httpServer);
  let shuttingDown = false;

  app.get('/healthz', (_request, response) => {
    response.json({ status: 'ok' });
  });
  app.get('/readyz', async (_request, response) => {
    if (shuttingDown) {
      response.status(503).json({ status: 'shutting down' });
      return;
    }
    try {
      await database.orm.em.getConnection().execute('select 1');
      response.json({ status: 'ready' });
    } catch (error) {
      logger.warn({ err: error }, 'database not reachable');
      response.status(503).json({ status: 'database unreachable' });
    }
  });

  const apollo = new ApolloServer<Context>({
    schema,
    plugins: [
      // No field sets a cache hint, and the cache-control plugin's per-field hook cost every feed item; answers stay uncacheable.
      ApolloServerPluginCacheControlDisabled(),
      graphQLResponseStatusPlugin(),
      pageCache.mutationsClear,
      {
        async requestDidStart() {
          return {
            async didResolveOperation({ contextValue, document, request }) {
              await guard.admit(contextValue, { document, variables: request.variables, operationName: request.operationName });
            },
            async willSendResponse({ response }) {
              response.http.headers.set('cache-control', 'no-store');
            },
          };
        },
      },
    ],
    parseOptions: guard.parseOptions,
    validationRules: guard.validationRules,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    formatError: mask,
    introspection: true,
    // Apollo's own signal handler would stop it before our drain and then re-raise the signal: main.ts owns shutdown.
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  const graphQLContext = async (request: IncomingMessage, response: ServerResponse, clientAddress: string) => {
    const context = await createContext(services, {
      token: requestToken(request),
      clientAddress,
      userAgent: request.headers['user-agent'] ?? null,
      sessionCookie: cookieWriter(config, response),
    });
    // A mutation's events are delivered once its answer is on its way (finished, or the client gone).
    holdEvents(context);
    response.once('close', () => void releaseEvents(context));
    return context;
  };
  app.use('/graphql', readJson, expressMiddleware(apollo, { context: ({ req, res }: { req: Request; res: Response }) => graphQLContext(req, res, req.ip ?? 'unknown') }));

  /** What @as-integrations/express4 does for a POST without a query string, on Node's request and response. */
  async function answerGraphQL(request: IncomingMessage & { body: unknown }, response: ServerResponse): Promise<void> {
    const requestHeaders = new HeaderMap();
    for (const [name, value] of Object.entries(request.headers)) {
      if (value !== undefined) requestHeaders.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const clientAddress = proxyAddr(request, trustsProxy);
    const answer = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers: requestHeaders, search: '', body: request.body },
      context: () => graphQLContext(request, response, clientAddress),
    });
    for (const [name, value] of answer.headers) response.setHeader(name, value);
    response.statusCode = answer.status ?? 200;
    if (answer.body.kind === 'complete') {
      // As Express's `res.send`: compression writes the head before the body, which would make it chunked.
      response.setHeader('Content-Length', Buffer.byteLength(answer.body.string));
      response.end(answer.body.string);
      return;
    }
    for await (const chunk of answer.body.asyncIterator) {
      response.write(chunk);
      (response as ServerResponse & { flush?: () => void }).flush?.();
    }
    response.end();
  }

  const webSocketServer = new WebSocketServer({ noServer: true, maxPayload: operationLimits.maxMessageBytes });
  const webSocketCleanup = serveLive(webSocketServer, { schema, services, guard, mask, requestToken });

  httpServer.on('upgrade', (request, socket, head) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (pathname !== '/graphql') return;
    if (shuttingDown) {
      socket.write('HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\n\r\n');
      socket.destroy();
      return;
    }
    if (!originAllowed(config, request)) {
      socket.write('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      socket.destroy();
      return;
    }
    webSocketServer.handleUpgrade(request, socket, head, (client) => webSocketServer.emit('connection', client, request));
  });

  // Downloads (CSV, JSON) stream from the database as the request's viewer; before the web app, which would 404 them.
  const downloads = express.Router();
  const contextFor = (request: Request) =>
    createContext(services, { token: requestToken(request), clientAddress: request.ip ?? 'unknown', userAgent: request.headers['user-agent'] ?? null, sessionCookie: null });
  for (const module of modules) module.routes?.(downloads, contextFor);
  app.use(downloads);

  if (options.serveWeb !== false) {
    await mountWeb(app, { config, logger, apollo, services, pageCache });
  }

  app.use((error: Error & { status?: number; type?: string }, _request: Request, response: Response, next: (error?: unknown) => void) => {
    if (response.headersSent) return next(error);
    answerRequestError(logger, error, response);
  });

  const emailWorker = startEmailWorker(services);

  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  logger.info({ port }, 'Gotong is listening');

  return {
    url,
    httpServer,
    services,
    schema,
    close: async () => {
      // Unready first, so a load balancer stops sending; then answer everything already accepted before closing.
      shuttingDown = true;
      const emailStopped = emailWorker.stop();
      if (config.shutdown.delayMilliseconds > 0) await new Promise((resolve) => setTimeout(resolve, config.shutdown.delayMilliseconds));
      const drained = connections.drain(config.shutdown.timeoutMilliseconds);
      for (const client of webSocketServer.clients) client.close(1001, 'Server shutting down; reconnect');
      const cut = await drained;
      if (cut > 0) logger.warn({ connections: cut, timeoutMilliseconds: config.shutdown.timeoutMilliseconds }, 'connections cut at the shutdown timeout');
      await webSocketCleanup.dispose();
      await pageCache.close();
      await apollo.stop();
      await eventsSettled();
      await emailStopped;
      await shared?.close();
      await database.stop();
    },
  };
}
