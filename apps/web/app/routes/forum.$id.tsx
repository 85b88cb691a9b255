import { moderationReason } from '@gotong/domain';
import { DiscussionPageDocument, ModerateDiscussionDocument } from '@gotong/graphql-client';
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { z } from 'zod';
import { ErrorPage } from '~/components/error-page';
import { Field } from '~/components/field';
import { AppForm } from '~/components/form';
import { CommentThread } from '~/components/ideas/comment-thread';
import { contentAction } from '~/components/ideas/content-actions.server';
import { ReportForm } from '~/components/ideas/report-form';
import { Notice } from '~/components/notice';
import { verifiedFormData } from '~/lib/csrf.server';
import { fromUserErrors, textOf, validate } from '~/lib/forms';
import { failure } from '~/lib/forms.server';
import { graphql, notFound } from '~/lib/graphql.server';
import { useFormatDate, useT } from '~/lib/i18n';
import { withNotice } from '~/lib/notice';
import { useViewer } from '~/lib/root-data';
import { pageMeta } from '~/lib/meta';

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageMeta(matches, data ? { key: 'meta.discussion', values: { title: data.discussion.title } } : 'meta.notFound');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { discussion } = await graphql({ request, context }, DiscussionPageDocument, { id: params.id ?? '', commentsAfter: new URL(request.url).searchParams.get('komentar') });
  if (!discussion) throw notFound();
  return { discussion };
}

const moderateSchema = z.object({ reason: moderationReason });

export async function action({ request, context, params }: ActionFunctionArgs) {
  const formData = await verifiedFormData(request);
  const discussionId = params.id ?? '';
  const pagePath = `/forum/${discussionId}`;
  const shared = await contentAction({ request, context }, formData, discussionId, pagePath);
  if (shared) return shared;
  const intent = String(formData.get('intent') ?? '');
  const change = { pin: { pinned: true }, unpin: { pinned: false }, lock: { locked: true }, unlock: { locked: false } }[intent];
  if (!change) throw new Response('Unknown form', { status: 400 });
  const parsed = validate(moderateSchema, { reason: textOf(formData, 'reason') ?? '' });
  if (!parsed.data) return failure(formData, { intent, fieldErrors: parsed.fieldErrors });
  const { moderateDiscussion } = await graphql({ request, context }, ModerateDiscussionDocument, { input: { discussionId, reason: parsed.data.reason, ...change } });
  if (moderateDiscussion.errors.length) return failure(formData, fromUserErrors(moderateDiscussion.errors, intent));
  return redirect(withNotice(pagePath, 'forum.moderated'));
}

function ModerationForm({ intent, label }: { intent: string; label: string }) {
  const t = useT();
  return (
    <details>
      <summary>{label}</summary>
      <AppForm intent={intent}>
        <Field name="reason" label={t('forum.moderationReason')} />
        <button type="submit" className="button button-small">
          {label}
        </button>
      </AppForm>
    </details>
  );
}

export default function DiscussionPage() {
  const t = useT();
  const formatDate = useFormatDate();
  const viewer = useViewer();
  const { discussion } = useLoaderData<typeof loader>();
  return (
    <article>
      <Notice />
      <p className="badges">
        <span className="badge">{t(`forum.category.${discussion.category}`)}</span>
        {discussion.pinned ? <span className="badge">{t('forum.pinned')}</span> : null}
        {discussion.locked ? <span className="badge">{t('forum.locked')}</span> : null}
        {discussion.hidden ? <span className="badge badge-hidden">{t('ideas.hidden')}</span> : null}
      </p>
      <h1>{discussion.title}</h1>
      <p className="idea-meta">
        {t('ideas.by', { name: discussion.author.displayName })} · <time dateTime={discussion.createdAt}>{formatDate(discussion.createdAt)}</time>
      </p>
      {/* bodyHtml is rendered from markdown and sanitised by the API. */}
      <div className="markdown" dangerouslySetInnerHTML={{ __html: discussion.bodyHtml }} />
      <div className="comment-actions">
        {viewer && viewer.id !== discussion.author.id ? <ReportForm subjectId={discussion.id} /> : null}
        {discussion.viewerCanModerate ? (
          <>
            <ModerationForm intent={discussion.pinned ? 'unpin' : 'pin'} label={t(discussion.pinned ? 'forum.unpin' : 'forum.pin')} />
            <ModerationForm intent={discussion.locked ? 'unlock' : 'lock'} label={t(discussion.locked ? 'forum.unlock' : 'forum.lock')} />
          </>
        ) : null}
      </div>
      <CommentThread thread={discussion.comments} canComment={discussion.viewerCanComment} closedMessage={discussion.locked ? t('comments.locked') : undefined} />
    </article>
  );
}

export const ErrorBoundary = ErrorPage;
