import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { ErrorCode } from './errors.js';

const graphQLResponseType = 'application/graphql-response+json';

/** How much an Accept header wants a media type (q of its most specific matching range; 0 when none matches). */
function quality(accept: string, mediaType: string): number {
  const [type] = mediaType.split('/');
  let best = { specificity: -1, q: 0 };
  for (const part of accept.split(',')) {
    const [range, ...parameters] = part.trim().toLowerCase().split(';');
    const specificity = range === mediaType ? 2 : range === `${type}/*` ? 1 : range === '*/*' ? 0 : -1;
    if (specificity <= best.specificity) continue;
    const q = parameters.map((parameter) => parameter.trim()).find((parameter) => parameter.startsWith('q='));
    best = { specificity, q: q ? Number(q.slice(2)) || 0 : 1 };
  }
  return best.q;
}

/** Apollo answers application/json unless the client prefers the GraphQL response type (ties go to JSON, as Apollo's). */
export function prefersGraphQLResponseType(accept: string | undefined): boolean {
  if (!accept) return false;
  return quality(accept, graphQLResponseType) > quality(accept, 'application/json');
}

/** Request errors: the document or its variables are refused before anything runs (no `data`). */
const requestErrorCodes = new Set<string>(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', ErrorCode.QueryTooCostly]);

/**
 * GraphQL over HTTP: a request error answers 4xx with application/graphql-response+json, but a client that accepts
 * only application/json (the legacy type) SHOULD get 200 with the errors in the body, since it may not read a 4xx
 * body. Apollo answers 400 either way; this turns those into 200 for application/json. Malformed HTTP requests (no
 * query, a body that is not JSON) never reach plugins and stay 400; rate limits stay 429.
 */
export function graphQLResponseStatusPlugin<TContext extends object>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response }: GraphQLRequestContextWillSendResponse<TContext>) {
          if (response.body.kind !== 'single' || response.http.status !== 400) return;
          const { errors, data } = response.body.singleResult;
          if (data !== undefined || !errors?.length) return;
          if (!errors.every((error) => requestErrorCodes.has(String(error.extensions?.code)))) return;
          if (!prefersGraphQLResponseType(request.http?.headers.get('accept'))) response.http.status = 200;
        },
      };
    },
  };
}
