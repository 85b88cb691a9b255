import { loginSchema } from '@gotong/domain';
import type { Context } from '../../context.js';
import { blockedFor, consume } from '../../core/rate-limit.js';
import { UserErrorCode, UserErrorException, userError } from '../../core/user-error.js';
import { validateInput } from '../../core/validation.js';
import type { LoginInput } from './auth.inputs.js';
import { verifyDecoy, verifyPassword } from './password.js';
import { startSession } from './start-session.js';
import { User } from './user.entity.js';

function tooManyAttempts(seconds: number) {
  const minutes = Math.ceil(seconds / 60);
  return new UserErrorException(
    userError(UserErrorCode.RATE_LIMITED, `Too many sign-in attempts. Try again in ${minutes} minute(s).`, 'input.email'),
  );
}

export async function login(context: Context, input: LoginInput): Promise<{ user: User; token: string }> {
  const data = validateInput(loginSchema, input);
  const { loginAttemptsByAddress, loginFailuresByAccount } = context.services.rateLimiters;
  const addressWait = await consume(loginAttemptsByAddress, context.clientAddress);
  if (addressWait) throw tooManyAttempts(addressWait);
  const accountWait = await blockedFor(loginFailuresByAccount, data.email);
  if (accountWait) throw tooManyAttempts(accountWait);

  const user = await context.em.findOne(User, { email: data.email, deletedAt: null }, { populate: ['passwordHash'] });
  const passwordMatches = user ? await verifyPassword(user.passwordHash, data.password) : (await verifyDecoy(data.password), false);
  if (!user || !passwordMatches) {
    await consume(loginFailuresByAccount, data.email);
    throw new UserErrorException(userError(UserErrorCode.WRONG_CREDENTIALS, 'The email or password is wrong.', 'input.password'));
  }
  await loginFailuresByAccount.delete(data.email);
  const { token } = startSession(context, user);
  await context.em.flush();
  return { user, token };
}
