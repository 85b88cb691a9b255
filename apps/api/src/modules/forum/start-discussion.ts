import { startDiscussionSchema } from '@gotong/domain';
import type { Context } from '../../context.js';
import { requireViewer } from '../../core/authorization.js';
import { requireConfirmedEmail } from '../accounts/index.js';
import { validateInput } from '../../core/validation.js';
import { renderMarkdown } from '../comments/render-markdown.js';
import { Discussion } from './discussion.entity.js';
import type { StartDiscussionInput } from './discussion.type.js';

export async function startDiscussion(context: Context, input: StartDiscussionInput): Promise<Discussion> {
  requireConfirmedEmail(context);
  const author = requireViewer(context);
  const data = validateInput(startDiscussionSchema, input);
  const discussion = context.em.create(Discussion, { ...data, bodyHtml: renderMarkdown(data.body), author });
  await context.em.flush();
  return discussion;
}
