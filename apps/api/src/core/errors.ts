import { GraphQLError } from 'graphql';

export const ErrorCode = {
  Unauthenticated: 'UNAUTHENTICATED',
  Forbidden: 'FORBIDDEN',
  AccountSuspended: 'ACCOUNT_SUSPENDED',
  NotFound: 'NOT_FOUND',
  RateLimited: 'RATE_LIMITED',
  QueryTooCostly: 'QUERY_TOO_COSTLY',
  Internal: 'INTERNAL_SERVER_ERROR',
} as const;

export function unauthenticated(message = 'Sign in to do this.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.Unauthenticated } });
}

export function forbidden(message = 'You are not allowed to do this.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.Forbidden } });
}

/** A suspended person's credential: refused with the suspension's end and reason (see modules/moderation). */
export function accountSuspended(until: Date, reason: string): GraphQLError {
  return new GraphQLError(`This account is suspended until ${until.toISOString()}: ${reason}`, {
    extensions: { code: ErrorCode.AccountSuspended, suspendedUntil: until.toISOString(), reason, http: { status: 403 } },
  });
}

export function rateLimited(retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(`Too many requests. Try again in ${retryAfterSeconds} seconds.`, {
    extensions: { code: ErrorCode.RateLimited, retryAfterSeconds, http: { status: 429 } },
  });
}

/** Codes a client may see as they are; every other error is masked. */
export const publicErrorCodes = new Set<string>([
  ErrorCode.Unauthenticated,
  ErrorCode.Forbidden,
  ErrorCode.AccountSuspended,
  ErrorCode.NotFound,
  ErrorCode.RateLimited,
  ErrorCode.QueryTooCostly,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);
