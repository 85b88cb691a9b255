import { loginSchema } from '@gotong/domain';
import type { Context } from '../../context.js';
import { UserErrorCode, UserErrorException, userError, type UserErrorMessage } from '../../core/user-error.js';
import { validateInput } from '../../core/validation.js';
import type { LoginInput } from './auth.inputs.js';
import { verifyDecoy, verifyPassword } from './password.js';
import { signInThrottle } from './sign-in-throttle.js';
import { startSession } from './start-session.js';
import { activeSuspension, suspendedError } from './suspension.js';
import { User } from './user.entity.js';

function tooManyAttempts(seconds: number) {
  const message: UserErrorMessage =
    seconds < 60 ? { key: 'accounts.signIn.waitSeconds', params: { seconds } } : { key: 'accounts.signIn.waitMinutes', params: { minutes: Math.ceil(seconds / 60) } };
  return new UserErrorException(userError(UserErrorCode.RATE_LIMITED, message, 'input.email'));
}

export async function login(context: Context, input: LoginInput): Promise<{ user: User; token: string }> {
  const data = validateInput(loginSchema, input);
  const throttle = await signInThrottle(context, data.email);
  const wait = await throttle.waitSeconds();
  if (wait) throw tooManyAttempts(wait);

  const user = await context.em.findOne(User, { email: data.email, deletedAt: null }, { populate: ['passwordHash'] });
  const passwordMatches = user ? await verifyPassword(user.passwordHash, data.password) : (await verifyDecoy(data.password), false);
  if (!user || !passwordMatches) {
    await throttle.failed();
    throw new UserErrorException(userError(UserErrorCode.WRONG_CREDENTIALS, { key: 'userError.WRONG_CREDENTIALS' }, 'input.password'));
  }
  await throttle.succeeded();
  // Told only to whoever knows the password.
  const suspension = activeSuspension(user);
  if (suspension) throw new UserErrorException(suspendedError(suspension, 'input.email'));
  const { token } = startSession(context, user);
  await context.em.flush();
  return { user, token };
}
