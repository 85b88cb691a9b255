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
import { subjectPath } from '~/components/notifications/subject-link';
import { requireViewer } from '~/lib/viewer.server';
import { pageMeta } from '~/lib/meta';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'meta.moderation');

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

type Subject = NonNullable<ModerationQueueQuery['moderationQueue']['edges'][number]['node']['subject']>;

/** What the queue shows of an item: its title, its text as rendered on its own page, and where that page is. */
function describe(subject: Subject | null | undefined): { title: string; html: string | null; text: string | null; href: string | null } {
  if (!subject) return { title: '', html: null, text: null, href: null };
  const href = subject.__typename === 'Organization' ? `/organisasi/${subject.slug}` : subjectPath(subject.id);
  switch (subject.__typename) {
    case 'Idea':
    case 'Discussion':
      return { title: subject.title, html: subject.bodyHtml, text: null, href };
    case 'Comment':
      return { title: '', html: subject.commentHtml ?? null, text: null, href };
    case 'Innovation':
    case 'PilotProposal':
    case 'Course':
      return { title: subject.title, html: null, text: subject.summary, href };
    case 'Organization':
      return { title: subject.name, html: null, text: subject.description, href };
    default:
      return { title: '', html: null, text: null, href };
  }
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
              const item = describe(node.subject);
              const context = describe(node.context);
              const typeName = node.subject?.__typename ?? '';
              const id = `moderation-${node.subjectId}`;
              const label = item.title || (item.html ?? '').replace(/<[^>]*>/g, '').slice(0, 60);
              return (
                <li key={node.subjectId} className="moderation-item">
                  <input type="checkbox" id={id} name="subjectIds" value={node.subjectId} aria-label={t('moderation.select', { title: label.slice(0, 60) })} />
                  <div>
                    <p className="badges">
                      {typeName ? <span className="badge">{t(dynamicKey(`moderation.type.${typeName}`))}</span> : null}
                      <span className="badge">{t('moderation.reports', { count: node.reportCount })}</span>
                      {node.hidden ? <span className="badge badge-hidden">{t('moderation.queue.hiddenBadge')}</span> : null}
                    </p>
                    {item.title ? (
                      <label htmlFor={id}>
                        <strong>{item.href ? <Link to={item.href}>{item.title}</Link> : item.title}</strong>
                      </label>
                    ) : null}
                    {node.subject ? null : <p>{t('moderation.removed')}</p>}
                    {item.html ? <div className="markdown moderation-content" dangerouslySetInnerHTML={{ __html: item.html }} /> : null}
                    {item.text ? <p className="moderation-content">{item.text}</p> : null}
                    {context.title ? (
                      <p className="idea-meta">{context.href ? <Link to={context.href}>{t('moderation.queue.context', { title: context.title })}</Link> : t('moderation.queue.context', { title: context.title })}</p>
                    ) : null}
                    <p className="idea-meta">
                      {node.author ? (
                        <>
                          <Link to={`/pengguna/${node.author.id}`}>{t('ideas.by', { name: node.author.displayName })}</Link>
                          {' · '}
                          <Link to={`/moderasi/tangguhkan/${node.author.id}`}>{t('moderation.queue.suspendAuthor')}</Link>
                          {' · '}
                        </>
                      ) : null}
                      <time dateTime={node.lastReportedAt}>{formatDate(node.lastReportedAt)}</time>
                    </p>
                    <h2 className="visually-hidden">{t('moderation.queue.reasons')}</h2>
                    <ul className="moderation-reasons">
                      {node.reasons.map((group) => (
                        <li key={group.category}>
                          <span>{t('moderation.queue.reasonGroup', { category: t(`moderation.category.${group.category}`), count: group.count })}</span>
                          {group.reasons.map((reason, index) => (
                            <q key={index}>{reason}</q>
                          ))}
                        </li>
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
