import type { OperationTypeNode } from 'graphql';
import type { Context } from '../context.js';
import { forbidden, unauthenticated } from './errors.js';

/** What an API token may do: READ runs queries and subscriptions, WRITE runs mutations. */
export type TokenScope = 'READ' | 'WRITE';

const scopeNeeded: Record<OperationTypeNode, TokenScope> = { query: 'READ', subscription: 'READ', mutation: 'WRITE' } as Record<OperationTypeNode, TokenScope>;

/**
 * An API token acts only within its scopes; checked once per operation by the operation guard (HTTP and WebSocket),
 * not in each resolver. An unknown, expired or revoked API token is refused rather than served as anonymous, so a
 * partner's system learns at once that its token stopped working.
 */
export function refuseOutsideTokenScopes(context: Context, operation: OperationTypeNode): void {
  if (context.credential.kind === 'rejected-api-token') throw unauthenticated('This API token is unknown, expired or revoked.');
  if (context.credential.kind !== 'api-token') return;
  const needed = scopeNeeded[operation];
  if (!context.credential.scopes.includes(needed)) throw forbidden(`This API token lacks the ${needed} scope, which a ${operation} needs.`);
}
