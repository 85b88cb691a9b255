import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { redirect, type AppLoadContext } from '@remix-run/node';
import type { GraphQLFormattedError } from 'graphql';
import { signInPath } from './safe-redirect';

type RequestArgs = { request: Request; context: AppLoadContext };

function codeOf(error: GraphQLFormattedError): unknown {
  return error.extensions?.code;
}

/** GraphQL errors become what the browser should see: the sign-in page, a 400, 403, 404 or 429 page, or a 500. */
function responseFor(errors: readonly GraphQLFormattedError[], request: Request): Response | Error {
  const codes = errors.map(codeOf);
  if (codes.includes('UNAUTHENTICATED')) {
    const url = new URL(request.url);
    return redirect(signInPath(`${url.pathname}${url.search}`));
  }
  if (codes.includes('FORBIDDEN')) return new Response('Forbidden', { status: 403 });
  if (codes.includes('NOT_FOUND')) return new Response('Not found', { status: 404 });
  if (codes.includes('RATE_LIMITED') || codes.includes('TOO_MANY_REQUESTS')) return new Response('Too many requests', { status: 429 });
  // What the address or a form sent is refused (a NUL in a search word, a damaged page link): the visitor's to fix.
  if (codes.every((code) => code === 'BAD_USER_INPUT')) return new Response('Bad request', { status: 400 });
  return new Error(`GraphQL error: ${errors.map((error) => error.message).join('; ')}`);
}

/**
 * Runs a query or mutation as the person behind the request, from a loader or an action.
 * Returns its data; GraphQL errors are thrown as a redirect to sign in (UNAUTHENTICATED), a 403 or 404 Response.
 * A mutation's UserErrors are in its payload's `errors` (see forms.server.ts `failure`).
 * `token` acts with a session just obtained, before the browser has its cookie.
 */
export async function graphql<TData, TVariables extends Record<string, unknown>>(
  { request, context }: RequestArgs,
  document: TypedDocumentNode<TData, TVariables>,
  variables?: TVariables,
  options?: { token?: string | null },
): Promise<TData> {
  const result = await context.graphql(document, variables, options);
  if (result.errors?.length) throw responseFor(result.errors, request);
  if (!result.data) throw new Error('GraphQL returned no data');
  return result.data;
}

/** A loader's answer when the thing asked for does not exist (the route's ErrorBoundary shows it). */
export function notFound(): Response {
  return new Response('Not found', { status: 404 });
}
