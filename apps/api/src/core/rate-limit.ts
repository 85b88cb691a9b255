import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

/** Sign-in throttling (ADR 015): nobody's failures lock another person out; see modules/accounts/sign-in-throttle.ts. */
export type RateLimitSettings = {
  /** Failures of one account from one address before each further attempt from there waits (growing delays). */
  loginFailuresPerPair: number;
  /** Failures of one account from addresses it never signed in from, before attempts from such addresses wait. */
  loginFailuresPerAccount: number;
  /** Failures from one address (sign-ins it never made before) in the window before it is refused for the rest of it. */
  loginFailuresPerAddress: number;
  loginWindowSeconds: number;
  /** The first delay, doubled at each further failure, up to the longest. */
  loginFirstDelaySeconds: number;
  loginLongestDelaySeconds: number;
  /** How long failures are remembered for the growing delays, and a successful address for its account. */
  loginFailureMemorySeconds: number;
  loginKnownAddressSeconds: number;
  /** Mutations by one person per minute. */
  writesPerPersonPerMinute: number;
  /** Mutations from one address per minute (anonymous writes such as register and survey answers). */
  writesPerAddressPerMinute: number;
  /** Password-reset, confirmation and email-change mails to one address per hour (counted whether or not it has an account). */
  accountEmailsPerAccount: number;
  /** Such mails requested from one client address per hour. */
  accountEmailsPerAddress: number;
};

export const defaultRateLimits: RateLimitSettings = {
  loginFailuresPerPair: 5,
  loginFailuresPerAccount: 20,
  loginFailuresPerAddress: 100,
  loginWindowSeconds: 15 * 60,
  loginFirstDelaySeconds: 1,
  loginLongestDelaySeconds: 15 * 60,
  loginFailureMemorySeconds: 24 * 60 * 60,
  loginKnownAddressSeconds: 90 * 24 * 60 * 60,
  writesPerPersonPerMinute: 60,
  writesPerAddressPerMinute: 300,
  accountEmailsPerAccount: 3,
  accountEmailsPerAddress: 20,
};

export type RateLimiters = {
  /** Counters of sign-in failures (they never refuse by themselves) and the delays they set. */
  loginFailuresByPair: RateLimiterAbstract;
  loginDelayByPair: RateLimiterAbstract;
  loginFailuresByAccount: RateLimiterAbstract;
  loginDelayByAccount: RateLimiterAbstract;
  loginFailuresByAddress: RateLimiterAbstract;
  /** (account, address) pairs that signed in successfully. */
  loginKnownPairs: RateLimiterAbstract;
  writesByPerson: RateLimiterAbstract;
  writesByAddress: RateLimiterAbstract;
  accountEmailsByAccount: RateLimiterAbstract;
  accountEmailsByAddress: RateLimiterAbstract;
};

/** The memory store expires keys with setTimeout, which cannot wait longer than 2^31 ms (about 24.8 days). */
const longestMemoryDurationSeconds = 24 * 24 * 60 * 60;

/** Limits live in Redis when several processes serve one site, else in this process's memory. */
export function createRateLimiters(settings: RateLimitSettings, redis?: Redis, redisKeyPrefix = 'gotong:'): RateLimiters {
  const make = (keyPrefix: string, points: number, duration: number) =>
    redis
      ? new RateLimiterRedis({ storeClient: redis, keyPrefix: `${redisKeyPrefix}rl:${keyPrefix}`, points, duration })
      : new RateLimiterMemory({ keyPrefix, points, duration: Math.min(duration, longestMemoryDurationSeconds) });
  const counter = (keyPrefix: string) => make(keyPrefix, Number.MAX_SAFE_INTEGER, settings.loginFailureMemorySeconds);
  return {
    loginFailuresByPair: counter('login-failures-pair'),
    loginDelayByPair: make('login-delay-pair', 1, settings.loginLongestDelaySeconds),
    loginFailuresByAccount: counter('login-failures-account'),
    loginDelayByAccount: make('login-delay-account', 1, settings.loginLongestDelaySeconds),
    loginFailuresByAddress: make('login-failures-address', settings.loginFailuresPerAddress, settings.loginWindowSeconds),
    loginKnownPairs: make('login-known-pair', 1, settings.loginKnownAddressSeconds),
    writesByPerson: make('writes-person', settings.writesPerPersonPerMinute, 60),
    writesByAddress: make('writes-address', settings.writesPerAddressPerMinute, 60),
    accountEmailsByAccount: make('account-emails-account', settings.accountEmailsPerAccount, 60 * 60),
    accountEmailsByAddress: make('account-emails-address', settings.accountEmailsPerAddress, 60 * 60),
  };
}

/** Seconds until the limiter lets `key` through again, or 0 when it may go on now. Counts the attempt. */
export async function consume(limiter: RateLimiterAbstract, key: string): Promise<number> {
  try {
    await limiter.consume(key);
    return 0;
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
    throw rejection;
  }
}

/** Like consume, but only looks. */
export async function blockedFor(limiter: RateLimiterAbstract, key: string): Promise<number> {
  const state = await limiter.get(key);
  if (!state || state.remainingPoints > 0) return 0;
  return Math.max(1, Math.ceil(state.msBeforeNext / 1000));
}
