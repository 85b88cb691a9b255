import type { EntityManager } from '@mikro-orm/postgresql';
import { UserErrorCode, UserErrorException, userError } from '../../core/user-error.js';
import { verifyPassword } from './password.js';
import { User } from './user.entity.js';

/** Before a grave change (password, email, deletion) the person types their password again; a wrong one is a UserError on `field`. */
export async function confirmPassword(em: EntityManager, userId: string, password: string, field: string): Promise<User> {
  const user = await em.findOneOrFail(User, { id: userId }, { populate: ['passwordHash'] });
  if (!(await verifyPassword(user.passwordHash, password))) {
    throw new UserErrorException(userError(UserErrorCode.WRONG_CREDENTIALS, { key: 'error.wrongPassword' }, field));
  }
  return user;
}

