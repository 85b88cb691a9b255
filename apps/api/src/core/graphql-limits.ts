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

export function createArmor(): { plugins: ApolloServerPlugin[]; validationRules: ValidationRule[] } {
  const armor = new ApolloArmor({
    maxDepth: { n: operationLimits.maxDepth, exposeLimits: false, flattenFragments: true },
    maxAliases: { n: operationLimits.maxAliases, exposeLimits: false },
    maxDirectives: { n: operationLimits.maxDirectives, exposeLimits: false },
    maxTokens: { n: operationLimits.maxTokens, exposeLimits: false },
    costLimit: { maxCost: operationLimits.maxCost, exposeLimits: false },
    blockFieldSuggestion: { enabled: true },
  });
  const protection = armor.protect();
  // graphql-armor's CommonJS typings name Apollo's types from another copy: the shapes are the same.
  return { plugins: protection.plugins as unknown as ApolloServerPlugin[], validationRules: protection.validationRules };
}
