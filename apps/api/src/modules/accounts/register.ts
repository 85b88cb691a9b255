import { registerSchema } from '@gotong/domain';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { Context } from '../../context.js';
import { UserErrorCode, UserErrorException, userError } from '../../core/user-error.js';
import { validateInput } from '../../core/validation.js';
import type { RegisterInput } from './auth.inputs.js';
import { sendEmailConfirmation } from './confirm-email.js';
import { Consent } from './consent.entity.js';
import { hashPassword } from './password.js';
import { startSession } from './start-session.js';
import { User } from './user.entity.js';

const emailTaken = () => new UserErrorException(userError(UserErrorCode.TAKEN, { key: 'error.emailTaken' }, 'input.email'));

export async function register(context: Context, input: RegisterInput): Promise<{ user: User; token: string }> {
  if (input.acceptPrivacyPolicy !== true) {
    throw new UserErrorException(
      userError(UserErrorCode.CONSENT_REQUIRED, { key: 'error.privacyPolicyRequired' }, 'input.acceptPrivacyPolicy'),
    );
  }
  const data = validateInput(registerSchema, input);
  const { em } = context;
  if (await em.count(User, { email: data.email })) throw emailTaken();
  const user = em.create(User, { email: data.email, displayName: data.displayName, passwordHash: await hashPassword(data.password) });
  const now = new Date();
  const { privacyPolicyVersion, emailConfirmationRequired } = context.services.config;
  const purposes = [
    'PRIVACY_POLICY',
    ...(input.consentToEmailNotifications ? ['EMAIL_NOTIFICATIONS'] : []),
    ...(input.consentToPublicProfile ? ['PUBLIC_PROFILE'] : []),
  ];
  for (const purpose of purposes) em.create(Consent, { user, purpose, policyVersion: privacyPolicyVersion, givenAt: now });
  if (emailConfirmationRequired) await sendEmailConfirmation(context, user);
  const { token } = startSession(context, user);
  try {
    await em.flush();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw emailTaken();
    throw error;
  }
  return { user, token };
}
