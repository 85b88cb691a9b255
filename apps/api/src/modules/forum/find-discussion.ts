import type { Context } from '../../context.js';
import { idOfType } from '../../core/global-id.js';
import { UserErrorCode, UserErrorException, userError } from '../../core/user-error.js';
import { canSeeContent } from '../moderation/moderatable-content.js';
import { Discussion } from './discussion.entity.js';

export async function findVisibleDiscussion(context: Context, id: string): Promise<Discussion | null> {
  const discussion = await context.em.findOne(Discussion, { id }, { populate: ['author'] });
  return discussion && canSeeContent(context, discussion) ? discussion : null;
}

export async function findDiscussionInput(context: Context, globalId: string, field: string): Promise<Discussion> {
  const id = idOfType(globalId, 'Discussion');
  const discussion = id ? await findVisibleDiscussion(context, id) : null;
  if (!discussion) throw new UserErrorException(userError(UserErrorCode.NOT_FOUND, { key: 'error.noSuchDiscussion' }, field));
  return discussion;
}
