import type { Context } from '../../context.js';
import { requireViewer } from '../../core/authorization.js';
import { UserErrorCode, UserErrorException, userError } from '../../core/user-error.js';
import { Follow } from './follow.entity.js';
import type { FollowInput } from './follow.type.js';
import { findFollowable } from './followables.js';

async function findSubject(context: Context, input: FollowInput) {
  const found = await findFollowable(context, input.subjectId);
  if (!found) throw new UserErrorException(userError(UserErrorCode.NOT_FOUND, { key: 'error.nothingToFollow' }, 'input.subjectId'));
  return found;
}

/** Follows a subject; following it again changes nothing (the unique constraint absorbs a concurrent double). */
export async function follow(context: Context, input: FollowInput): Promise<object> {
  const viewer = requireViewer(context);
  const found = await findSubject(context, input);
  await context.em
    .createQueryBuilder(Follow)
    .insert(new Follow(viewer, found.typeName, found.id))
    .onConflict(['user', 'subjectType', 'subjectId'])
    .ignore()
    .execute();
  return found.subject;
}

export async function unfollow(context: Context, input: FollowInput): Promise<object> {
  const viewer = requireViewer(context);
  const found = await findSubject(context, input);
  await context.em.nativeDelete(Follow, { user: viewer.id, subjectType: found.typeName, subjectId: found.id });
  return found.subject;
}
