import { editIdeaSchema, isIdeaEditable } from '@gotong/domain';
import type { Context } from '../../context.js';
import { requireViewer } from '../../core/authorization.js';
import { publish } from '../../core/events.js';
import { Topic } from '../../core/pubsub.js';
import { UserErrorCode, UserErrorException, userError } from '../../core/user-error.js';
import { validateInput } from '../../core/validation.js';
import { renderMarkdown } from '../comments/render-markdown.js';
import { findIdeaInput } from './find-idea.js';
import type { Idea } from './idea.entity.js';
import type { EditIdeaInput } from './idea.type.js';
import { authorize } from './ideas.permissions.js';
import { lockIdeas } from './lock-idea.js';

/** Its author edits an idea while it is OPEN; once an agency has started reviewing it, it stays as reviewed. */
export async function editIdea(context: Context, input: EditIdeaInput): Promise<Idea> {
  requireViewer(context);
  const idea = await findIdeaInput(context, input.ideaId, 'input.ideaId');
  const refusal = await authorize(context, 'edit', idea);
  if (refusal) throw refusal;
  const notOpen = () => new UserErrorException(userError(UserErrorCode.NOT_ALLOWED_NOW, { key: 'error.ideaEditableOnlyOpen' }, 'input.ideaId'));
  const data = validateInput(editIdeaSchema, { title: input.title ?? undefined, body: input.body ?? undefined, tags: input.tags ?? undefined });
  // The row lock makes the check and the change one step: a review that starts meanwhile is not overwritten.
  await context.em.transactional(async (em) => {
    if (!isIdeaEditable((await lockIdeas(em, [idea.id])).get(idea.id)!)) throw notOpen();
    if (data.title !== undefined) idea.title = data.title;
    if (data.body !== undefined) {
      idea.body = data.body;
      idea.bodyHtml = renderMarkdown(data.body);
    }
    if (data.tags !== undefined) idea.tags = data.tags;
  });
  await publish(context, Topic.IdeaChanged, { ideaId: idea.id });
  return idea;
}
