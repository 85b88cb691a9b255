import type { GraphQLExecutor } from '@gotong/graphql-client';

/** What the API process hands every request of the web app (see apps/api/src/web.ts). */
declare module '@remix-run/node' {
  interface AppLoadContext {
    graphql: GraphQLExecutor;
    clientAddress: string;
    secureCookies: boolean;
    /** This response's Content-Security-Policy nonce: the only inline scripts that run carry it (entry.server.tsx). */
    cspNonce: string;
  }
}

export {};
