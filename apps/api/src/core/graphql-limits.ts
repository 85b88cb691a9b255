import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import type { ValidationRule } from 'graphql';

/** Abuse limits for every operation, over HTTP and WebSocket alike. */
export const operationLimits = {
  maxDepth: 12,
  maxAliases: 20,
  maxDirectives: 20,
  maxTokens: 3000,
  maxCost: 10000,
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
    costLimit: { maxCost: operationLimits.maxCost },
    blockFieldSuggestion: { enabled: true },
  });
  const protection = armor.protect();
  // graphql-armor's CommonJS typings name Apollo's types from another copy: the shapes are the same.
  return { plugins: protection.plugins as unknown as ApolloServerPlugin[], validationRules: protection.validationRules };
}
