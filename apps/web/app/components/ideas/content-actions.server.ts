import { commentBody, reportReason } from '@gotong/domain';
import { AddCommentDocument, DeleteCommentDocument, EditCommentDocument, FollowDocument, ReportContentDocument, UnfollowDocument } from '@gotong/graphql-client';
import { redirect, type AppLoadContext } from '@remix-run/node';
import { z } from 'zod';
import { fromUserErrors, textOf, validate, type UserErrorLike } from '~/lib/forms';
import { failure } from '~/lib/forms.server';
import { graphql } from '~/lib/graphql.server';
import { withNotice } from '~/lib/notice';
import { reportCategories } from './report-form';

type Args = { request: Request; context: AppLoadContext };

const bodySchema = z.object({ body: commentBody });
const reportSchema = z.object({ category: z.enum(reportCategories), reason: reportReason });

/**
 * The forms every commentable page shares (comment, reply, edit, delete, report, follow), told apart by `intent`
 * ("reply:<commentId>" etc.). Returns the action's answer, or null when the intent is not one of them.
 */
export async function contentAction(args: Args, formData: FormData, subjectId: string, pagePath: string) {
  const intent = String(formData.get('intent') ?? '');
  const [kind, targetId = ''] = intent.split(':');
  // These name the comment or content they act on; a bare "edit" or "delete" is the page's own form.
  if (['reply', 'edit', 'delete', 'report'].includes(kind ?? '') && targetId === '') return null;
  const done = (errors: readonly UserErrorLike[], notice: string) =>
    errors.length ? failure(formData, fromUserErrors(errors, intent)) : redirect(withNotice(pagePath, notice));

  if (kind === 'comment' || kind === 'reply' || kind === 'edit') {
    const parsed = validate(bodySchema, { body: textOf(formData, 'body') ?? '' });
    if (!parsed.data) return failure(formData, { intent, fieldErrors: parsed.fieldErrors });
    if (kind === 'edit') {
      const { editComment } = await graphql(args, EditCommentDocument, { input: { commentId: targetId, body: parsed.data.body } });
      return done(editComment.errors, 'ideaEdit.saved');
    }
    const { addComment } = await graphql(args, AddCommentDocument, {
      input: { subjectId, body: parsed.data.body, parentId: kind === 'reply' ? targetId : null },
    });
    return done(addComment.errors, 'comments.added');
  }
  if (kind === 'delete') {
    const { deleteComment } = await graphql(args, DeleteCommentDocument, { input: { commentId: targetId } });
    return done(deleteComment.errors, 'ideaEdit.saved');
  }
  if (kind === 'report') {
    const parsed = validate(reportSchema, { category: textOf(formData, 'category') ?? 'OTHER', reason: textOf(formData, 'reason') ?? '' });
    if (!parsed.data) return failure(formData, { intent, fieldErrors: parsed.fieldErrors });
    const { reportContent } = await graphql(args, ReportContentDocument, { input: { subjectId: targetId, ...parsed.data } });
    return done(reportContent.errors, 'report.done');
  }
  if (kind === 'follow' || kind === 'unfollow') {
    const errors =
      kind === 'follow'
        ? (await graphql(args, FollowDocument, { input: { subjectId } })).follow.errors
        : (await graphql(args, UnfollowDocument, { input: { subjectId } })).unfollow.errors;
    return done(errors, 'ideaEdit.saved');
  }
  return null;
}
