import type { Context } from '../context.js';
import { rateLimited } from './errors.js';
import { consume } from './rate-limit.js';

/** Counts one mutation against the person's and the address's budgets; throws RATE_LIMITED past either. */
export async function enforceWriteLimits(context: Context): Promise<void> {
  const { writesByPerson, writesByAddress } = context.services.rateLimiters;
  const waits = await Promise.all([
    context.viewerId ? consume(writesByPerson, context.viewerId) : 0,
    consume(writesByAddress, context.clientAddress),
  ]);
  const wait = Math.max(...waits);
  if (wait > 0) throw rateLimited(wait);
}
