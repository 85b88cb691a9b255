import { moderationReason } from '@gotong/domain';
import { ModerateContentDocument, ModerationQueueDocument, type ModerationQueueQuery } from '@gotong/graphql-client';
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { z } from 'zod';
import { EmptyState } from '~/components/empty-state';
import { ErrorPage } from '~/components/error-page';
import { Field } from '~/components/field';
import { AppForm } from '~/components/form';
import { Notice } from '~/components/notice';
import { Pagination } from '~/components/pagination';
import { verifiedFormData } from '~/lib/csrf.server';
import { fromUserErrors, textOf, validate } from '~/lib/forms';
import { failure } from '~/lib/forms.server';
import { graphql } from '~/lib/graphql.server';
import { dynamicKey, useFormatDate, useT } from '~/lib/i18n';
import { withNotice } from '~/lib/notice';
import { requireViewer } from '~/lib/viewer.server';

export const meta: MetaFunction = () => [{ title: 'Moderasi · Gotong' }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireViewer({ request, context });
  // The API refuses anyone but moderators (FORBIDDEN becomes the 403 page).
  const { moderationQueue } = await graphql({ request, context }, ModerationQueueDocument, { first: 50, after: new URL(request.url).searchParams.get('setelah') });
  return { queue: moderationQueue };
}

const moderateSchema = z.object({
  subjectIds: z.array(z.string()).min(1, { message: 'required' }),
  decision: z.enum(['HIDE', 'RESTORE']),
  reason: moderationReason,
});

function moderateInput(formData: FormData) {
  return { subjectIds: formData.getAll('subjectIds').map(String), decision: textOf(formData, 'decision') ?? '', reason: textOf(formData, 'reason') ?? '' };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await verifiedFormData(request);
  const parsed = validate(moderateSchema, moderateInput(formData));
  if (!parsed.data) return failure(formData, { fieldErrors: parsed.fieldErrors });
  const { moderateContent } = await graphql({ request, context }, ModerateContentDocument, { input: parsed.data });
  if (moderateContent.errors.length) return failure(formData, fromUserErrors(moderateContent.errors));
  return redirect(withNotice('/moderasi', 'moderation.done'));
}

type Item = ModerationQueueQuery['moderationQueue']['edges'][number]['node'];

function describe(item: Item): { typeName: string; title: string; author: string; href: string | null } {
  const subject = item.subject;
  if (!subject) return { typeName: '', title: '', author: '', href: null };
  if (subject.__typename === 'Idea') return { typeName: 'Idea', title: subject.title, author: subject.author.displayName, href: `/gagasan/${subject.id}` };
  if (subject.__typename === 'Discussion') return { typeName: 'Discussion', title: subject.title, author: subject.author.displayName, href: `/forum/${subject.id}` };
  if (subject.__typename === 'Comment') return { typeName: 'Comment', title: subject.body ?? '', author: subject.commentAuthor?.displayName ?? '', href: null };
  return { typeName: subject.__typename, title: '', author: '', href: null };
}

/** The moderators' queue: reported items with their reports; hide or restore the selected items at once. */
export default function ModerationQueue() {
  const t = useT();
  const formatDate = useFormatDate();
  const { queue } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t('moderation.title')}</h1>
      <p className="lead">{t('moderation.intro')}</p>
      <p>
        <Link to="/moderasi/log">{t('moderation.log.link')}</Link>
      </p>
      <Notice />
      {queue.edges.length === 0 ? (
        <EmptyState>{t('moderation.empty')}</EmptyState>
      ) : (
        <AppForm schema={moderateSchema} toInput={moderateInput}>
          <ul className="moderation-list" role="list">
            {queue.edges.map(({ node }) => {
              const item = describe(node);
              const id = `moderation-${node.subjectId}`;
              return (
                <li key={node.subjectId} className="moderation-item">
                  <input type="checkbox" id={id} name="subjectIds" value={node.subjectId} aria-label={t('moderation.select', { title: item.title.slice(0, 60) })} />
                  <div>
                    <p className="badges">
                      {item.typeName ? <span className="badge">{t(dynamicKey(`moderation.type.${item.typeName}`))}</span> : null}
                      <span className="badge badge-hidden">{t('moderation.reports', { count: node.reportCount })}</span>
                    </p>
                    <label htmlFor={id}>
                      <strong>{item.href ? <Link to={item.href}>{item.title}</Link> : item.title || t('moderation.removed')}</strong>
                    </label>
                    <p className="idea-meta">
                      {item.author ? t('ideas.by', { name: item.author }) : null} · <time dateTime={node.lastReportedAt}>{formatDate(node.lastReportedAt)}</time>
                    </p>
                    <ul>
                      {node.reasons.map((reason, index) => (
                        <li key={index}>{reason}</li>
                      ))}
                    </ul>
                  </div>
                </li>
              );
            })}
          </ul>
          <Field name="decision" label={t('moderation.decision')} defaultValue="HIDE">
            {(control) => (
              <select {...control}>
                <option value="HIDE">{t('moderation.hide')}</option>
                <option value="RESTORE">{t('moderation.restore')}</option>
              </select>
            )}
          </Field>
          <Field name="reason" label={t('moderation.reason')} />
          <button type="submit" className="button">
            {t('moderation.submit')}
          </button>
        </AppForm>
      )}
      <Pagination pageInfo={queue.pageInfo} totalCount={queue.totalCount} />
    </>
  );
}

export const ErrorBoundary = ErrorPage;
