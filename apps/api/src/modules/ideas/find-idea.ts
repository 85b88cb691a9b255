import type { Context } from '../../context.js';
import { idOfType } from '../../core/global-id.js';
import { UserErrorCode, UserErrorException, userError } from '../../core/user-error.js';
import { maySeeIdea } from './ideas.permissions.js';
import { Idea } from './idea.entity.js';

/** The idea if the viewer may see it (hidden ideas only for moderators and their author). */
export async function findVisibleIdea(context: Context, id: string): Promise<Idea | null> {
  const idea = await context.em.findOne(Idea, { id }, { populate: ['author', 'organization', 'agency', 'service', 'mergedInto'] });
  return idea && maySeeIdea(context, idea) ? idea : null;
}

/** The idea a mutation input names by global id, or a NOT_FOUND UserError on that field. */
export async function findIdeaInput(context: Context, globalId: string, field: string): Promise<Idea> {
  const id = idOfType(globalId, 'Idea');
  const idea = id ? await findVisibleIdea(context, id) : null;
  if (!idea) throw new UserErrorException(userError(UserErrorCode.NOT_FOUND, { key: 'error.noSuchIdea' }, field));
  return idea;
}
