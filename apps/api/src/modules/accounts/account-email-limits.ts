import type { Context } from '../../context.js';
import { consume } from '../../core/rate-limit.js';
import { UserErrorCode, UserErrorException, userError } from '../../core/user-error.js';

/**
 * Counts one account email (reset, confirmation, change) against the address it goes to and the client asking. The
 * address is counted whether or not it has an account, so a refusal tells nothing about who is registered.
 */
export async function limitAccountEmails(context: Context, emailAddress: string, field: string): Promise<void> {
  const { accountEmailsByAccount, accountEmailsByAddress } = context.services.rateLimiters;
  const waits = await Promise.all([consume(accountEmailsByAddress, context.clientAddress), consume(accountEmailsByAccount, emailAddress)]);
  const wait = Math.max(...waits);
  if (wait > 0) {
    throw new UserErrorException(
      userError(UserErrorCode.RATE_LIMITED, { key: 'error.tooManyEmails', params: { minutes: Math.ceil(wait / 60) } }, field),
    );
  }
}
