import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ApolloServer } from '@apollo/server';
import type { GraphQLExecutor } from '@gotong/graphql-client';
import { createRequestHandler } from '@remix-run/express';
import type { ServerBuild } from '@remix-run/node';
import { parse as parseCookies } from 'cookie';
import express, { type Express, type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import serveCompressedStatic from 'express-static-gzip';
import { print, type DocumentNode } from 'graphql';
import helmet from 'helmet';
import onHeaders from 'on-headers';
import { createContext, type AppServices, type Context } from './context.js';
import type { Config } from './core/config.js';
import { holdEvents, releaseEvents } from './core/events.js';
import type { Logger } from './core/logger.js';
import { tokenFromRequest } from './modules/accounts/session-token.js';
import type { PageCache, SharedPageVariantOf } from './page-cache.js';

const defaultBuildDirectory = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/build');

/**
 * Apollo prints a document it is given as a tree back to text on every call (then hashes the text to find its parsed
 * and validated copy); the web's operations are a few module-level constants, printed once each.
 */
const printedDocuments = new WeakMap<DocumentNode, string>();
function queryText(document: DocumentNode): string {
  let text = printedDocuments.get(document);
  if (text === undefined) {
    text = print(document);
    printedDocuments.set(document, text);
  }
  return text;
}

/**
 * Runs the web app's GraphQL operations in this process, as the person behind the browser request. The reads of one
 * request (the root loader and the page's loaders run side by side) share one context: one session lookup, one
 * EntityManager and one set of DataLoaders. A mutation gets a fresh context, and the reads after it another (nothing
 * read before it is served stale); an operation with a token just obtained (sign-in) gets its own.
 */
function executorFor(request: Request, apollo: ApolloServer<Context>, services: AppServices): GraphQLExecutor {
  const contextRequest = {
    token: tokenFromRequest(request.headers.authorization, parseCookies(request.headers.cookie ?? '')),
    clientAddress: request.ip ?? 'unknown',
    userAgent: request.headers['user-agent'] ?? null,
    sessionCookie: null,
  };
  let readContext: Promise<Context> | null = null;
  return async (document, variables, options) => {
    const isMutation = document.definitions.some((definition) => definition.kind === 'OperationDefinition' && definition.operation === 'mutation');
    let contextValue: Context;
    if (options && 'token' in options) {
      contextValue = await createContext(services, { ...contextRequest, token: options.token ?? null });
    } else if (isMutation) {
      contextValue = await createContext(services, contextRequest);
    } else {
      contextValue = await (readContext ??= createContext(services, contextRequest));
    }
    // Held, and waited for: a page's action answers with a redirect, and the page it leads to must find what the
    // events' handlers record (a problem's response clocks).
    holdEvents(contextValue);
    const response = await apollo.executeOperation({ query: queryText(document), variables }, { contextValue }).finally(() => releaseEvents(contextValue));
    if (isMutation) readContext = null;
    if (response.body.kind !== 'single') throw new Error('Incremental delivery is not used by the web app');
    const { data, errors } = response.body.singleResult;
    return { data: data as never, errors };
  };
}

type NonceLocals = { cspNonce: string };

function nonceOf(response: Response): string {
  return (response.locals as NonceLocals).cspNonce;
}

/** Where the response's nonce goes in helmet's headers, computed once (see securityHeaders). */
const noncePlaceholder = 'gotong-response-nonce';
/** Hosts whose headers are kept: the site's own few names, not every Host a client makes up. */
const hostsKept = 16;

type HeaderChange = { name: string; value: string | null };

/**
 * The security headers of every response (pages, assets, /graphql, GraphiQL): a Content-Security-Policy in which the
 * only inline scripts are Remix's own, carrying this response's nonce; no framing; no referrer to other sites; HSTS in
 * production (where the site is served over HTTPS). Decisions in docs/decisions (security headers and CSRF).
 */
export function securityHeaders(config: Config): (request: IncomingMessage, response: ServerResponse & { locals?: object }, next: () => void) => void {
  const production = config.environment === 'production';
  // `'self'` covers ws: and wss: of the same host in CSP 3; naming them keeps older engines' live updates working too.
  const ownSockets = (request: unknown) => {
    const host = (request as IncomingMessage).headers.host ?? '';
    return /^[\w.:[\]-]+$/.test(host) ? `ws://${host} wss://${host}` : "'self'";
  };
  const policy = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", `'nonce-${noncePlaceholder}'`],
        // React renders a few style attributes (a comment's indent) and GraphiQL's editor sets them; no style elements.
        styleSrc: ["'self'"],
        styleSrcAttr: ["'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'", ownSockets],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    strictTransportSecurity: production ? { maxAge: 365 * 24 * 60 * 60, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'same-origin' },
    xFrameOptions: { action: 'deny' },
  });
  // helmet's headers differ only by the Host (the policy's own sockets) and the nonce: made once per host, not per response.
  const changesByHost = new Map<string, HeaderChange[]>();
  const changesFor = (request: IncomingMessage): HeaderChange[] => {
    const host = request.headers.host ?? '';
    let changes = changesByHost.get(host);
    if (!changes) {
      const recorded: HeaderChange[] = [];
      const recorder = { setHeader: (name: string, value: string) => recorded.push({ name, value }), removeHeader: (name: string) => recorded.push({ name, value: null }) };
      let failure: unknown = null;
      policy(request as Request, recorder as unknown as Response, (error?: unknown) => (failure = error ?? null));
      if (failure) throw failure;
      changes = recorded;
      if (changesByHost.size < hostsKept) changesByHost.set(host, changes);
    }
    return changes;
  };
  return (request, response, next) => {
    const nonce = randomBytes(16).toString('base64');
    ((response.locals ??= Object.create(null)) as NonceLocals).cspNonce = nonce;
    for (const { name, value } of changesFor(request)) {
      if (value === null) response.removeHeader(name);
      else response.setHeader(name, value.replace(noncePlaceholder, nonce));
    }
    next();
  };
}

/**
 * Remix answers a form post whose Origin is not this host with an error of its own (a 500 and a stack trace in the log).
 * The web app's CSRF check (apps/web/app/lib/csrf.server.ts) refuses such a post with a 403 page that says what to do,
 * and also knows PUBLIC_ORIGIN and the Referer: hand it the Origin under a name Remix does not read.
 */
const forwardedOriginHeader = 'x-gotong-origin';
function originForCsrfCheck(request: Request, _response: Response, next: NextFunction) {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    const { origin } = request.headers;
    delete request.headers.origin;
    if (origin === undefined) delete request.headers[forwardedOriginHeader];
    else request.headers[forwardedOriginHeader] = origin;
  }
  next();
}

/**
 * Pages and the web app's data requests are never kept by a shared cache (each carries its own CSP nonce, some a CSRF
 * cookie): a visitor's browser may keep one but asks again before showing it (back and forward stay fast); a signed-in
 * person's pages are not stored at all (a shared computer keeps no one's notifications or drafts). A route that says
 * otherwise (a download) keeps its own header.
 */
function pageCacheControl(request: Request, response: Response, next: NextFunction) {
  onHeaders(response, () => {
    if (response.getHeader('Cache-Control') !== undefined) return;
    const signedIn = tokenFromRequest(request.headers.authorization, parseCookies(request.headers.cookie ?? '')) !== null;
    response.setHeader('Cache-Control', signedIn ? 'private, no-store' : 'private, no-cache');
  });
  next();
}

/**
 * The build's hashed assets (their names change with their content) are kept for a year and never revalidated; the
 * build writes a brotli and a gzip copy of each (apps/web/vite.config.ts), served to the browsers that accept them, so
 * they cost no compression at request time.
 */
function hashedAssets(directory: string): RequestHandler {
  return serveCompressedStatic(directory, { enableBrotli: true, orderPreference: ['br', 'gzip'], index: false, serveStatic: { immutable: true, maxAge: '1y' } });
}

/** Serves the Remix web app (its assets and its server-rendered pages) when its build is present. */
export async function mountWeb(
  app: Express,
  options: { config: Config; logger: Logger; apollo: ApolloServer<Context>; services: AppServices; pageCache: PageCache },
) {
  const buildDirectory = path.resolve(options.config.webBuildDirectory ?? defaultBuildDirectory);
  const serverBuildFile = path.join(buildDirectory, 'server', 'index.js');
  if (!existsSync(serverBuildFile)) {
    options.logger.warn({ buildDirectory }, 'no web build found: serving the API only (run npm run build)');
    return;
  }
  if (options.config.environment === 'production' && !options.config.csrfSecret) {
    options.logger.warn('CSRF_SECRET is not set: each process signs its own form tokens, so several processes behind one site refuse each other\'s forms');
  }
  const build = (await import(pathToFileURL(serverBuildFile).href)) as ServerBuild;
  app.use('/assets', hashedAssets(path.join(buildDirectory, 'client', 'assets')));
  // Icons and the manifest keep their names from build to build: an hour. Only their paths reach the disk: a page
  // request would otherwise cost a stat of a file that is not there (a fifth of a cached page's CPU).
  const clientDirectory = path.join(buildDirectory, 'client');
  const publicEntries = new Set(readdirSync(clientDirectory).filter((name) => name !== 'assets'));
  const servePublicFile = express.static(clientDirectory, { maxAge: '1h' });
  app.use((request, response, next) => (publicEntries.has(request.path.split('/')[1] ?? '') ? servePublicFile(request, response, next) : next()));
  // The web app's server entry says which visitors' pages may be shared (apps/web/app/lib/page-cache.server.ts).
  const { sharedPageVariant } = build.entry.module as { sharedPageVariant?: SharedPageVariantOf };
  app.all(
    '*',
    originForCsrfCheck,
    pageCacheControl,
    ...(sharedPageVariant ? [options.pageCache.handler(sharedPageVariant, nonceOf)] : []),
    createRequestHandler({
      build,
      mode: 'production',
      getLoadContext: (request, response) => ({
        graphql: executorFor(request, options.apollo, options.services),
        clientAddress: request.ip ?? 'unknown',
        secureCookies: options.config.secureCookies,
        cspNonce: nonceOf(response),
      }),
    }),
  );
}
