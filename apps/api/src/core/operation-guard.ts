import {
  getOperationAST,
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type ParseOptions,
  type ValidationRule,
} from 'graphql';
import type { Context } from '../context.js';
import { accountSuspended } from './errors.js';
import { costRefusal, createArmor, operationLimits } from './graphql-limits.js';
import { textRefusal } from './text-input.js';
import { refuseOutsideTokenScopes } from './token-scopes.js';
import { enforceWriteLimits } from './write-limits.js';

export type OperationRequest = {
  document: DocumentNode;
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
};

/**
 * The one path every operation passes before it runs, over HTTP (Apollo, also the web app's in-process calls) and
 * over the WebSocket alike: parse with the token limit, validate with armor's limits, then, once the operation and
 * its variables are known, refuse bad text, a page out of bounds or too costly a query, and count writes against the
 * rate limits; an API token runs only what its scopes allow. Apollo runs the first two itself with `parseOptions` and `validationRules`; the WebSocket calls
 * `prepare`. Every refusal carries the same code, message and HTTP status whichever way it came.
 */
export type OperationGuard = {
  parseOptions: ParseOptions;
  /** Besides graphql-js's own rules. */
  validationRules: ValidationRule[];
  /** Parses and validates a query, with the codes Apollo gives the same failures. */
  prepare(query: unknown): DocumentNode | GraphQLError[];
  /** Throws the refusal (a GraphQLError with a public code) of an operation that may not run. */
  admit(context: Context, request: OperationRequest): Promise<void>;
};

const parseFailure = (message: string) => new GraphQLError(message, { extensions: { code: 'GRAPHQL_PARSE_FAILED', http: { status: 400 } } });

export function createOperationGuard(schema: GraphQLSchema): OperationGuard {
  const parseOptions: ParseOptions = { maxTokens: operationLimits.maxTokens };
  const { validationRules } = createArmor();
  const allRules = [...specifiedRules, ...validationRules];
  return {
    parseOptions,
    validationRules,
    prepare(query) {
      if (typeof query !== 'string' || query.trim() === '') return [parseFailure('The operation must be a non-empty GraphQL document in "query".')];
      let document: DocumentNode;
      try {
        document = parse(query, parseOptions);
      } catch (error) {
        return [error instanceof GraphQLError ? parseFailure(error.message) : parseFailure('Could not parse the operation.')];
      }
      const errors = validate(schema, document, allRules);
      if (errors.length > 0) {
        return errors.map(
          (error) =>
            new GraphQLError(error.message, {
              nodes: error.nodes,
              source: error.source,
              positions: error.positions,
              extensions: { ...error.extensions, code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
            }),
        );
      }
      return document;
    },
    async admit(context, request) {
      const operation = getOperationAST(request.document, request.operationName ?? undefined)?.operation;
      // A suspended person's credential (an API token: their sessions ended) runs nothing until the suspension ends.
      if (context.credential.kind === 'suspended') throw accountSuspended(context.credential.until, context.credential.reason);
      if (operation) refuseOutsideTokenScopes(context, operation);
      const refusal = textRefusal(request) ?? costRefusal(schema, request.document, request.variables, request.operationName);
      if (refusal) throw refusal;
      if (operation === 'mutation') await enforceWriteLimits(context);
    },
  };
}
