import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type DocumentNode, type GraphQLSchema, type ValidationRule } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { ErrorCode } from './errors.js';

/** Abuse limits for every operation, over HTTP and WebSocket alike. */
export const operationLimits = {
  maxDepth: 12,
  maxAliases: 20,
  maxDirectives: 20,
  maxTokens: 3000,
  /** Fields an operation may ask for, counting each page at its size (see `pagedFieldEstimator`). */
  maxCost: 10_000,
  /** The page size of a list whose `first` is not given (core/connection.ts). */
  defaultPageSize: 20,
  /** Bytes of a request body or WebSocket message. */
  maxMessageBytes: 100 * 1024,
  subscriptionsPerSocket: 50,
} as const;

/** Each refusal names the limit it hit and by how much: the limits are public in the code anyway, and a client can fix its query. */
export function createArmor(): { plugins: ApolloServerPlugin[]; validationRules: ValidationRule[] } {
  const armor = new ApolloArmor({
    maxDepth: { n: operationLimits.maxDepth, flattenFragments: true },
    maxAliases: { n: operationLimits.maxAliases },
    maxDirectives: { n: operationLimits.maxDirectives },
    maxTokens: { n: operationLimits.maxTokens },
    // graphql-armor's cost counts only a `first` written into the query: `operationCost` counts variables too.
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  });
  const protection = armor.protect();
  // graphql-armor's CommonJS typings name Apollo's types from another copy: the shapes are the same.
  return { plugins: protection.plugins as unknown as ApolloServerPlugin[], validationRules: protection.validationRules };
}

/**
 * A field costs one plus what it asks of each item; a paginated field (one with a `first` argument) asks it once per
 * item of its page, whether `first` is written in the query or sent as a variable.
 */
const pagedFieldEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  const paginated = field.args.some((argument) => argument.name === 'first');
  const pageSize = typeof args.first === 'number' ? args.first : operationLimits.defaultPageSize;
  return 1 + (paginated ? pageSize : 1) * childComplexity;
};

export function operationCost(schema: GraphQLSchema, document: DocumentNode, variables?: Record<string, unknown> | null, operationName?: string | null): number {
  return getComplexity({ schema, query: document, variables: variables ?? undefined, operationName: operationName ?? undefined, estimators: [pagedFieldEstimator] });
}

/** The refusal of an operation that would cost more than the limit, or null. Invalid variables are left to execution to report. */
export function costRefusal(schema: GraphQLSchema, document: DocumentNode, variables?: Record<string, unknown> | null, operationName?: string | null): GraphQLError | null {
  let cost: number;
  try {
    cost = operationCost(schema, document, variables, operationName);
  } catch {
    return null;
  }
  if (cost <= operationLimits.maxCost) return null;
  return new GraphQLError(
    `Query cost limit of ${operationLimits.maxCost} exceeded, found ${cost}: ask for fewer items per page (first) or fewer nested lists.`,
    { extensions: { code: ErrorCode.QueryTooCostly, http: { status: 400 } } },
  );
}
