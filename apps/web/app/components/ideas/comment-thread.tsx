import type { CommentFieldsFragment } from '@gotong/graphql-client';
import type { ReactNode } from 'react';
import { Link, useLocation } from '@remix-run/react';
import { Field } from '~/components/field';
import { AppForm, ButtonForm } from '~/components/form';
import { Pagination } from '~/components/pagination';
import { useFormatDate, useT } from '~/lib/i18n';
import { useViewer } from '~/lib/root-data';
import { ReportForm } from './report-form';

/** What a page adds to some of its comments: a badge after the author, an action among the comment's own. */
export type CommentExtras = (commentId: string) => { badge?: ReactNode; action?: ReactNode } | undefined;

type Thread = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: CommentFieldsFragment }[] };

function CommentBody({ comment }: { comment: CommentFieldsFragment }) {
  const t = useT();
  if (comment.deleted) return <p className="comment-deleted">{t('comments.deleted')}</p>;
  // bodyHtml is rendered from markdown and sanitised by the API (allow-listed tags, rel="nofollow ugc noopener").
  return <div className="markdown" dangerouslySetInnerHTML={{ __html: comment.bodyHtml ?? '' }} />;
}

function CommentItem({ comment, canReply, extras }: { comment: CommentFieldsFragment; canReply: boolean; extras?: CommentExtras }) {
  const t = useT();
  const added = extras?.(comment.id);
  const formatDate = useFormatDate();
  const viewer = useViewer();
  const name = comment.author?.displayName ?? '—';
  return (
    <li className="comment" id={`komentar-${comment.id}`} style={{ marginInlineStart: `${Math.min(comment.depth, 6) * 1.5}rem` }}>
      <p className="comment-meta">
        {/* A comment can arrive live: its link asks for the route only when followed, not as it appears (no request on an event). */}
        {comment.author ? (
          <Link to={`/pengguna/${comment.author.id}`} discover="none">
            {name}
          </Link>
        ) : null}{' '}
        <time dateTime={comment.createdAt}>{formatDate(comment.createdAt)}</time> {comment.edited ? <span>{t('comments.edited')}</span> : null}
        {comment.hidden ? <span className="badge badge-hidden">{t('ideas.hidden')}</span> : null}
        {added?.badge}
      </p>
      <CommentBody comment={comment} />
      {!comment.deleted ? (
        <div className="comment-actions">
          {canReply ? (
            <details>
              <summary>{t('comments.reply')}</summary>
              <AppForm intent={`reply:${comment.id}`} resetOnSuccess>
                <Field name="body" label={t('comments.replyTo', { name })}>
                  {(control) => <textarea rows={3} {...control} />}
                </Field>
                <button type="submit" className="button button-small">
                  {t('comments.submit')}
                </button>
              </AppForm>
            </details>
          ) : null}
          {comment.viewerCanEdit ? (
            <details>
              <summary>{t('comments.edit')}</summary>
              <AppForm intent={`edit:${comment.id}`}>
                <Field name="body" label={t('comments.body')} defaultValue={comment.body ?? ''}>
                  {(control) => <textarea rows={3} {...control} />}
                </Field>
                <button type="submit" className="button button-small">
                  {t('comments.save')}
                </button>
              </AppForm>
            </details>
          ) : null}
          {comment.viewerCanDelete ? (
            <ButtonForm intent={`delete:${comment.id}`} className="link-button">
              {t('comments.delete')}
            </ButtonForm>
          ) : null}
          {viewer && comment.author && comment.author.id !== viewer.id ? <ReportForm subjectId={comment.id} /> : null}
          {added?.action}
        </div>
      ) : null}
    </li>
  );
}

/** A subject's comment thread, depth-first, with the forms to comment, reply, edit, delete and report (all plain POSTs). */
export function CommentThread({ thread, canComment, closedMessage, extras }: { thread: Thread; canComment: boolean; closedMessage?: string; extras?: CommentExtras }) {
  const t = useT();
  const viewer = useViewer();
  const location = useLocation();
  return (
    <section className="comments" id="komentar" aria-labelledby="komentar-judul">
      <h2 id="komentar-judul">
        {t('comments.title')} {t('layout.count', { count: thread.totalCount })}
      </h2>
      {thread.edges.length === 0 ? <p>{t('comments.empty')}</p> : null}
      <ol className="comment-list">
        {thread.edges.map(({ node }) => (
          <CommentItem key={node.id} comment={node} canReply={canComment} extras={extras} />
        ))}
      </ol>
      <Pagination pageInfo={thread.pageInfo} parameter="komentar" />
      {canComment ? (
        <AppForm intent="comment" resetOnSuccess>
          <Field name="body" label={t('comments.add')}>
            {(control) => <textarea rows={4} {...control} />}
          </Field>
          <button type="submit" className="button">
            {t('comments.submit')}
          </button>
        </AppForm>
      ) : viewer ? (
        closedMessage ? <p>{closedMessage}</p> : null
      ) : (
        <p>
          <Link to={`/masuk?kembali=${encodeURIComponent(location.pathname)}`}>{t('comments.signIn')}</Link>
        </p>
      )}
    </section>
  );
}
