import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ApolloServer } from '@apollo/server';
import type { GraphQLExecutor } from '@gotong/graphql-client';
import { createRequestHandler } from '@remix-run/express';
import type { ServerBuild } from '@remix-run/node';
import { parse as parseCookies } from 'cookie';
import express, { type Express, type Request } from 'express';
import { createContext, type AppServices, type Context } from './context.js';
import type { Config } from './core/config.js';
import type { Logger } from './core/logger.js';
import { tokenFromRequest } from './modules/accounts/session-token.js';

const defaultBuildDirectory = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/build');

/** Runs the web app's GraphQL operations in this process, as the person behind the browser request. */
function executorFor(request: Request, apollo: ApolloServer<Context>, services: AppServices): GraphQLExecutor {
  const requestToken = tokenFromRequest(request.headers.authorization, parseCookies(request.headers.cookie ?? ''));
  return async (document, variables, options) => {
    const contextValue = await createContext(services, {
      token: options && 'token' in options ? (options.token ?? null) : requestToken,
      clientAddress: request.ip ?? 'unknown',
      userAgent: request.headers['user-agent'] ?? null,
      sessionCookie: null,
    });
    const response = await apollo.executeOperation({ query: document, variables }, { contextValue });
    if (response.body.kind !== 'single') throw new Error('Incremental delivery is not used by the web app');
    const { data, errors } = response.body.singleResult;
    return { data: data as never, errors };
  };
}

/** Serves the Remix web app (its assets and its server-rendered pages) when its build is present. */
export async function mountWeb(app: Express, options: { config: Config; logger: Logger; apollo: ApolloServer<Context>; services: AppServices }) {
  const buildDirectory = path.resolve(options.config.webBuildDirectory ?? defaultBuildDirectory);
  const serverBuildFile = path.join(buildDirectory, 'server', 'index.js');
  if (!existsSync(serverBuildFile)) {
    options.logger.warn({ buildDirectory }, 'no web build found: serving the API only (run npm run build)');
    return;
  }
  const build = (await import(pathToFileURL(serverBuildFile).href)) as ServerBuild;
  app.use('/assets', express.static(path.join(buildDirectory, 'client', 'assets'), { immutable: true, maxAge: '1y' }));
  app.use(express.static(path.join(buildDirectory, 'client'), { maxAge: '1h' }));
  app.all(
    '*',
    createRequestHandler({
      build,
      mode: 'production',
      getLoadContext: (request) => ({
        graphql: executorFor(request, options.apollo, options.services),
        clientAddress: request.ip ?? 'unknown',
        secureCookies: options.config.secureCookies,
      }),
    }),
  );
}
