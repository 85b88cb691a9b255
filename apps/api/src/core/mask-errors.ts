import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode, publicErrorCodes } from './errors.js';
import type { Logger } from './logger.js';

/** Passes expected errors through; logs the rest in full and tells the client only that something failed. */
export function maskErrors(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && publicErrorCodes.has(code)) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    const original = unwrapResolverError(error);
    logger.error({ err: original, path: formatted.path }, 'unexpected error in an operation');
    return { message: 'Internal server error', path: formatted.path, extensions: { code: ErrorCode.Internal } };
  };
}
