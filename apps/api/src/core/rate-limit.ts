import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

export type RateLimitSettings = {
  /** Failed sign-ins for one account before it is locked for the window. */
  loginFailuresPerAccount: number;
  /** Sign-in attempts from one address in the window. */
  loginAttemptsPerAddress: number;
  loginWindowSeconds: number;
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
  loginFailuresPerAccount: 5,
  loginAttemptsPerAddress: 30,
  loginWindowSeconds: 15 * 60,
  writesPerPersonPerMinute: 60,
  writesPerAddressPerMinute: 300,
  accountEmailsPerAccount: 3,
  accountEmailsPerAddress: 20,
};

export type RateLimiters = {
  loginFailuresByAccount: RateLimiterAbstract;
  loginAttemptsByAddress: RateLimiterAbstract;
  writesByPerson: RateLimiterAbstract;
  writesByAddress: RateLimiterAbstract;
  accountEmailsByAccount: RateLimiterAbstract;
  accountEmailsByAddress: RateLimiterAbstract;
};

/** Limits live in Redis when several processes serve one site, else in this process's memory. */
export function createRateLimiters(settings: RateLimitSettings, redis?: Redis, redisKeyPrefix = 'gotong:'): RateLimiters {
  const make = (keyPrefix: string, points: number, duration: number) =>
    redis
      ? new RateLimiterRedis({ storeClient: redis, keyPrefix: `${redisKeyPrefix}rl:${keyPrefix}`, points, duration })
      : new RateLimiterMemory({ keyPrefix, points, duration });
  return {
    loginFailuresByAccount: make('login-account', settings.loginFailuresPerAccount, settings.loginWindowSeconds),
    loginAttemptsByAddress: make('login-address', settings.loginAttemptsPerAddress, settings.loginWindowSeconds),
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
