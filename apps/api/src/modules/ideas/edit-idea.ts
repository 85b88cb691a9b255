import { editIdeaSchema, isIdeaEditable } from '@gotong/domain';
import type { Context } from '../../context.js';
import { requireViewer } from '../../core/authorization.js';
import { forbidden } from '../../core/errors.js';
import { publish } from '../../core/events.js';
import { Topic } from '../../core/pubsub.js';
import { UserErrorCode, UserErrorException, userError } from '../../core/user-error.js';
import { validateInput } from '../../core/validation.js';
import { renderMarkdown } from '../comments/render-markdown.js';
import { findIdeaInput } from './find-idea.js';
import type { Idea } from './idea.entity.js';
import type { EditIdeaInput } from './idea.type.js';

/** Its author edits an idea while it is OPEN; once an agency has started reviewing it, it stays as reviewed. */
export async function editIdea(context: Context, input: EditIdeaInput): Promise<Idea> {
  const viewer = requireViewer(context);
  const idea = await findIdeaInput(context, input.ideaId, 'input.ideaId');
  if (idea.author.id !== viewer.id) throw forbidden('Only its author may edit an idea.');
  if (!isIdeaEditable(idea.status)) {
    throw new UserErrorException(userError(UserErrorCode.NOT_ALLOWED_NOW, 'An idea can be edited only while it is open.', 'input.ideaId'));
  }
  const data = validateInput(editIdeaSchema, { title: input.title ?? undefined, body: input.body ?? undefined, tags: input.tags ?? undefined });
  if (data.title !== undefined) idea.title = data.title;
  if (data.body !== undefined) {
    idea.body = data.body;
    idea.bodyHtml = renderMarkdown(data.body);
  }
  if (data.tags !== undefined) idea.tags = data.tags;
  await context.em.flush();
  await publish(context, Topic.IdeaChanged, { ideaId: idea.id });
  return idea;
}
