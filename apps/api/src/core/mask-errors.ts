import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import { ErrorCode, publicErrorCodes } from './errors.js';
import type { Logger } from './logger.js';

/** graphql-js suggests names of the schema ("Did you mean …?"); a client that does not know a name is not told one. */
function withoutSuggestions(message: string): string {
  return message.replace(/\s*Did you mean [^?]*\?/g, '').trim();
}

export type ErrorMask = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/**
 * The one error mask, for HTTP (Apollo's formatError) and the WebSocket (`maskAll`): expected errors pass with their
 * code and without suggestions or stack traces; the rest is logged on the server and the client is told only that
 * something failed (no SQL, no statement parameters, no stack).
 */
export function maskErrors(logger: Logger): ErrorMask {
  return (formatted, error) => {
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && publicErrorCodes.has(code)) {
      const { stacktrace: _stacktrace, http: _http, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, message: withoutSuggestions(formatted.message), extensions };
    }
    const original = unwrapResolverError(error);
    logger.error({ err: original, path: formatted.path }, 'unexpected error in an operation');
    return { message: 'Internal server error', ...(formatted.path ? { path: formatted.path } : {}), extensions: { code: ErrorCode.Internal } };
  };
}

/** The mask applied to errors that no Apollo formats (the WebSocket's). */
export function maskAll(mask: ErrorMask, errors: readonly GraphQLError[]): GraphQLFormattedError[] {
  return errors.map((error) => mask(error.toJSON(), error));
}
