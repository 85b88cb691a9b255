import { decisionReason } from '@gotong/domain';
import { CommentAddedDocument, IdeaChangedDocument, IdeaFeedDocument, IdeaPageDocument, MarkOfficialReplyDocument, ProposalOrganizationsDocument, RequireFieldCheckDocument, ReviewIdeaDocument } from '@gotong/graphql-client';
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { z } from 'zod';
import { ErrorPage } from '~/components/error-page';
import { Field } from '~/components/field';
import { AppForm, ButtonForm } from '~/components/form';
import { CommentThread, type CommentExtras } from '~/components/ideas/comment-thread';
import { contentAction } from '~/components/ideas/content-actions.server';
import { IdeaBadges } from '~/components/ideas/idea-card';
import { IdeaSearchForm } from '~/components/ideas/idea-search';
import { ReportForm } from '~/components/ideas/report-form';
import { VoteButton } from '~/components/ideas/vote-button';
import { Notice } from '~/components/notice';
import { proposingOrganizations } from '~/components/partners/proposal-organizations';
import { ProposeLink } from '~/components/partners/proposal-section';
import { ResponsePanel } from '~/components/responses/response-clocks';
import { AnswerGroup } from '~/components/surveys/answer-group';
import { verifiedFormData } from '~/lib/csrf.server';
import { fromUserErrors, textOf, validate } from '~/lib/forms';
import { failure } from '~/lib/forms.server';
import { graphql, notFound } from '~/lib/graphql.server';
import { useFormatDate, useT } from '~/lib/i18n';
import { withComment, withIdeaChange } from '~/lib/live-updates';
import { useLiveEvents, useLiveState } from '~/lib/use-live';
import { withNotice } from '~/lib/notice';
import { useViewer } from '~/lib/root-data';
import { pageMeta } from '~/lib/meta';

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageMeta(matches, data ? { key: 'meta.idea', values: { title: data.idea.title } } : 'meta.notFound');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { idea } = await graphql({ request, context }, IdeaPageDocument, { id: params.id ?? '', commentsAfter: new URL(request.url).searchParams.get('komentar') });
  if (!idea) throw notFound();
  // Only an idea addressed to an agency can be proposed for a pilot: someone must review the proposal.
  const mayPropose = idea.agency ? proposingOrganizations((await graphql({ request, context }, ProposalOrganizationsDocument)).viewer).length > 0 : false;
  return { idea, mayPropose, ...(idea.viewerCanReview ? await mergeCandidates({ request, context }, idea.id) : { mergeQuery: '', mergeCandidates: null }) };
}

/** The GET parameter of the search for the idea to merge into. */
const mergeParameter = 'gabung';

/** For a reviewer: the ideas whose title matches the merge search (never the idea itself; merged ones are left out). */
async function mergeCandidates(args: { request: Request; context: LoaderFunctionArgs['context'] }, ideaId: string) {
  const mergeQuery = (new URL(args.request.url).searchParams.get(mergeParameter) ?? '').trim().slice(0, 100);
  if (mergeQuery.length < 2) return { mergeQuery, mergeCandidates: null };
  const { ideas } = await graphql(args, IdeaFeedDocument, { first: 10, filter: { text: mergeQuery } });
  return { mergeQuery, mergeCandidates: ideas.edges.filter(({ node }) => node.id !== ideaId).map(({ node }) => ({ value: node.id, label: node.title })) };
}

const reviewStatuses = ['UNDER_REVIEW', 'DECLINED', 'MERGED'] as const;
const reviewSchema = z
  .object({ status: z.enum(reviewStatuses), reason: decisionReason.optional(), mergeIntoId: z.string().trim().optional() })
  .refine((review) => review.status !== 'DECLINED' || review.reason, { message: 'required', path: ['reason'] })
  .refine((review) => review.status !== 'MERGED' || review.mergeIntoId, { message: 'required', path: ['mergeIntoId'] });

const fieldCheckSchema = z.object({ note: z.string().trim().min(3, 'tooShort').max(1000, 'tooLong') });

function fieldCheckInput(formData: FormData) {
  return { note: textOf(formData, 'note') ?? '' };
}

function reviewInput(formData: FormData) {
  return { status: textOf(formData, 'status') ?? '', reason: textOf(formData, 'reason'), mergeIntoId: textOf(formData, 'mergeIntoId') };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const formData = await verifiedFormData(request);
  const ideaId = params.id ?? '';
  const pagePath = `/gagasan/${ideaId}`;
  const shared = await contentAction({ request, context }, formData, ideaId, pagePath);
  if (shared) return shared;
  const intent = String(formData.get('intent') ?? '');
  if (intent.startsWith('official:')) {
    const { markOfficialReply } = await graphql({ request, context }, MarkOfficialReplyDocument, { input: { commentId: intent.slice('official:'.length) } });
    if (markOfficialReply.errors.length) return failure(formData, fromUserErrors(markOfficialReply.errors, intent));
    return redirect(withNotice(pagePath, 'responses.officialReply.marked'));
  }
  if (intent === 'fieldCheck') {
    const parsed = validate(fieldCheckSchema, fieldCheckInput(formData));
    if (!parsed.data) return failure(formData, { intent, fieldErrors: parsed.fieldErrors });
    const { requireFieldCheck } = await graphql({ request, context }, RequireFieldCheckDocument, { input: { ideaId, note: parsed.data.note } });
    if (requireFieldCheck.errors.length) return failure(formData, fromUserErrors(requireFieldCheck.errors, intent));
    return redirect(withNotice(pagePath, 'responses.fieldCheck.done'));
  }
  if (intent === 'review') {
    const parsed = validate(reviewSchema, reviewInput(formData));
    if (!parsed.data) return failure(formData, { intent: 'review', fieldErrors: parsed.fieldErrors });
    const { reviewIdea } = await graphql({ request, context }, ReviewIdeaDocument, { input: { ideaId, ...parsed.data } });
    if (reviewIdea.errors.length) return failure(formData, fromUserErrors(reviewIdea.errors, 'review'));
    return redirect(withNotice(pagePath, 'review.done'));
  }
  throw new Response('Unknown form', { status: 400 });
}

export default function IdeaPage() {
  const t = useT();
  const formatDate = useFormatDate();
  const viewer = useViewer();
  const loaded = useLoaderData<typeof loader>();
  const [{ idea, mayPropose, mergeQuery, mergeCandidates }, applyLive] = useLiveState(loaded);
  useLiveEvents(IdeaChangedDocument, { id: idea.id }, ({ ideaChanged }) => applyLive((page) => ({ ...page, idea: withIdeaChange(page.idea, ideaChanged, viewer) })));
  useLiveEvents(CommentAddedDocument, { subjectId: idea.id }, ({ commentAdded }) =>
    applyLive((page) => ({ ...page, idea: { ...page.idea, commentCount: page.idea.commentCount + 1, comments: withComment(page.idea.comments, commentAdded, viewer) } })),
  );
  return (
    <article className="idea-page">
      <Notice />
      <IdeaBadges idea={idea} />
      <h1>{idea.title}</h1>
      <p className="idea-meta">
        <Link to={`/pengguna/${idea.author.id}`}>{t('ideas.by', { name: idea.author.displayName })}</Link>
        {idea.organization ? (
          <>
            {' · '}
            <Link to={`/organisasi/${idea.organization.slug}`}>{t('ideas.onBehalf', { name: idea.organization.name })}</Link>
          </>
        ) : null}
        {idea.agency ? (
          <>
            {' · '}
            <Link to={`/organisasi/${idea.agency.slug}`}>{t('ideas.addressedTo', { name: idea.agency.name })}</Link>
          </>
        ) : null}
        {' · '}
        <time dateTime={idea.createdAt}>{formatDate(idea.createdAt)}</time>
      </p>
      {idea.service ? (
        <p>
          {t('ideas.service')}: {idea.service.name}
        </p>
      ) : null}
      {idea.decisionReason ? (
        <div className="notice" role="note">
          <strong>{t('ideas.decisionReason')}:</strong> {idea.decisionReason}
        </div>
      ) : null}
      {idea.mergedInto ? (
        <p>
          <Link to={`/gagasan/${idea.mergedInto.id}`}>{t('ideas.mergedInto', { title: idea.mergedInto.title })}</Link>
        </p>
      ) : null}
      {/* bodyHtml is rendered from markdown and sanitised by the API. */}
      <div className="markdown" dangerouslySetInnerHTML={{ __html: idea.bodyHtml }} />
      <ResponsePanel idea={idea} />
      {idea.tags.length > 0 ? (
        <ul className="tags" aria-label={t('ideas.tags')}>
          {idea.tags.map((tag) => (
            <li key={tag}>
              <Link to={`/gagasan?label=${encodeURIComponent(tag)}`}>#{tag}</Link>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="idea-card-footer">
        <VoteButton idea={idea} />
        <span>{t('ideas.followers', { count: idea.followerCount })}</span>
        {viewer ? (
          <ButtonForm intent={idea.viewerFollows ? 'unfollow' : 'follow'} className="button button-small button-secondary">
            {t(idea.viewerFollows ? 'ideas.unfollow' : 'ideas.follow')}
          </ButtonForm>
        ) : null}
        {idea.viewerCanEdit ? (
          <Link to={`/gagasan/${idea.id}/ubah`} className="button button-small button-secondary">
            {t('ideas.edit')}
          </Link>
        ) : null}
        {viewer && viewer.id !== idea.author.id ? <ReportForm subjectId={idea.id} /> : null}
      </div>
      {idea.viewerCanReview ? (
        <section className="review" aria-labelledby="review-title">
          <h2 id="review-title">{t('review.title')}</h2>
          <IdeaSearchForm parameter={mergeParameter} label={t('review.mergeSearch')} hint={t('review.mergeSearchHint')} defaultValue={mergeQuery} />
          <AppForm intent="review" schema={reviewSchema} toInput={reviewInput}>
            <Field name="status" label={t('review.status')} defaultValue="UNDER_REVIEW">
              {(control) => (
                <select {...control}>
                  {reviewStatuses.map((status) => (
                    <option key={status} value={status}>
                      {t(`ideas.status.${status}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field name="reason" label={t('review.reason')} optional>
              {(control) => <textarea rows={3} {...control} />}
            </Field>
            <AnswerGroup
              name="mergeIntoId"
              legend={t('review.mergeInto')}
              hint={mergeCandidates === null ? t('review.mergeSearchFirst') : mergeCandidates.length === 0 ? t('review.mergeNoResults', { query: mergeQuery }) : undefined}
              options={mergeCandidates ?? []}
            />
            <button type="submit" className="button">
              {t('review.submit')}
            </button>
          </AppForm>
        </section>
      ) : null}
      {idea.viewerCanRespond && idea.responseClocks.some((clock) => clock.step === 'RESOLVE' && !clock.metAt && !clock.fieldCheck) ? (
        <section className="review" aria-labelledby="field-check-title">
          <h2 id="field-check-title">{t('responses.fieldCheck.title')}</h2>
          <AppForm intent="fieldCheck" schema={fieldCheckSchema} toInput={fieldCheckInput}>
            <Field name="note" label={t('responses.fieldCheck.note')}>
              {(control) => <textarea rows={2} {...control} />}
            </Field>
            <button type="submit" className="button button-secondary">
              {t('responses.fieldCheck.submit')}
            </button>
          </AppForm>
        </section>
      ) : null}
      {mayPropose ? <ProposeLink subjectId={idea.id} /> : null}
      <CommentThread thread={idea.comments} canComment={idea.viewerCanComment} extras={officialReplyExtras(idea.officialReplyMarks.edges, t)} />
    </article>
  );
}

/** The badge of an official reply, and for an officer of the addressed agency the button that makes one. */
function officialReplyExtras(marks: { node: { id: string; viewerCanMarkOfficialReply: boolean; officialReplyOf: { name: string } | null } }[], t: ReturnType<typeof useT>): CommentExtras {
  const byComment = new Map(marks.map(({ node }) => [node.id, node]));
  return (commentId) => {
    const mark = byComment.get(commentId);
    if (!mark) return undefined;
    return {
      badge: mark.officialReplyOf ? <span className="badge badge-verified">{t('responses.officialReply.badge', { agency: mark.officialReplyOf.name })}</span> : null,
      action: mark.viewerCanMarkOfficialReply ? (
        <ButtonForm intent={`official:${commentId}`} className="link-button">
          {t('responses.officialReply.mark')}
        </ButtonForm>
      ) : null,
    };
  };
}

export const ErrorBoundary = ErrorPage;
