import type { Context } from '../../context.js';
import { requireViewer } from '../../core/authorization.js';
import { validateCommentBody } from './comment-body.js';
import type { Comment } from './comment.entity.js';
import type { EditCommentInput } from './comment.type.js';
import { authorize } from './comments.permissions.js';
import { findCommentInput } from './find-comment.js';
import { renderMarkdown } from './render-markdown.js';

/** Its author rewrites a comment; the thread shows that it was edited. */
export async function editComment(context: Context, input: EditCommentInput): Promise<Comment> {
  requireViewer(context);
  const comment = await findCommentInput(context, input.commentId, 'input.commentId');
  const refusal = authorize(context, 'edit', comment);
  if (refusal) throw refusal;
  const body = validateCommentBody(input.body);
  comment.body = body;
  comment.bodyHtml = renderMarkdown(body);
  comment.editedAt = new Date();
  await context.em.flush();
  return comment;
}
