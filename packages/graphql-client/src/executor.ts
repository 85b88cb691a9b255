import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { GraphQLFormattedError } from 'graphql';

export type GraphQLResult<TData> = { data?: TData | null; errors?: readonly GraphQLFormattedError[] };

/**
 * How the web app's loaders and actions reach the API: the server that hosts both hands one to each request.
 * `token` overrides the request's session (right after signing in, before the browser has the cookie).
 */
export type GraphQLExecutor = <TData, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVariables>,
  variables?: TVariables,
  options?: { token?: string | null },
) => Promise<GraphQLResult<TData>>;
