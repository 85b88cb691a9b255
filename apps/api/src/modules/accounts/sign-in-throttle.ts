import { createHash } from 'node:crypto';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Context } from '../../context.js';
import { blockedFor, type RateLimitSettings } from '../../core/rate-limit.js';

/**
 * Sign-in throttling that never locks a person out on someone else's behalf (ADR 015):
 * - each (account, address) pair has its own growing delay after a few failures: a stranger guessing from elsewhere
 *   slows only themselves;
 * - an address is refused for a while only after many FAILURES (carrier-grade NAT puts whole cities behind a few
 *   addresses, so successes never count), and only for accounts that never signed in from it;
 * - an account under attack from many addresses slows only attempts from addresses it never signed in from: its owner,
 *   at a place they signed in from before, goes straight in. That is the CAPTCHA-free path for shared addresses.
 */
export type SignInThrottle = {
  /** Seconds to wait before this attempt may be checked, or 0. Counts nothing. */
  waitSeconds(): Promise<number>;
  failed(): Promise<void>;
  succeeded(): Promise<void>;
};

/** Keys hold no email or address in clear (Redis is shared, and keys show in its tooling). */
function keyOf(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\n')).digest('base64url');
}

function delaySeconds(settings: RateLimitSettings, failuresBeyondAllowance: number): number {
  return Math.min(settings.loginLongestDelaySeconds, settings.loginFirstDelaySeconds * 2 ** failuresBeyondAllowance);
}

/** One more failure on `counter`; past `allowance` failures, `delay` blocks the key for a doubling time. */
async function countFailure(settings: RateLimitSettings, counter: RateLimiterAbstract, delay: RateLimiterAbstract, key: string, allowance: number) {
  const { consumedPoints } = await counter.penalty(key);
  if (consumedPoints >= allowance) await delay.block(key, Math.max(1, Math.round(delaySeconds(settings, consumedPoints - allowance))));
}

export async function signInThrottle(context: Context, email: string): Promise<SignInThrottle> {
  const settings = context.services.config.rateLimits;
  const limiters = context.services.rateLimiters;
  const account = keyOf('account', email);
  const pair = keyOf('pair', email, context.clientAddress);
  const address = keyOf('address', context.clientAddress);
  const knownHere = (await limiters.loginKnownPairs.get(pair)) !== null;
  return {
    async waitSeconds() {
      const waits = [blockedFor(limiters.loginDelayByPair, pair)];
      if (!knownHere) waits.push(blockedFor(limiters.loginFailuresByAddress, address), blockedFor(limiters.loginDelayByAccount, account));
      return Math.max(...(await Promise.all(waits)));
    },
    async failed() {
      await countFailure(settings, limiters.loginFailuresByPair, limiters.loginDelayByPair, pair, settings.loginFailuresPerPair);
      if (knownHere) return;
      await limiters.loginFailuresByAddress.penalty(address);
      await countFailure(settings, limiters.loginFailuresByAccount, limiters.loginDelayByAccount, account, settings.loginFailuresPerAccount);
    },
    async succeeded() {
      await Promise.all([
        limiters.loginFailuresByPair.delete(pair),
        limiters.loginDelayByPair.delete(pair),
        limiters.loginKnownPairs.set(pair, 1, limiters.loginKnownPairs.duration),
      ]);
    },
  };
}
