import {
  createInnovationSchema,
  mayMovePilotProposal,
  pilotProposalReviewStatuses,
  pilotReviewSchema,
  type PilotProposalStatus,
} from '@gotong/domain';
import { CommentAddedDocument, CreateInnovationDocument, PilotProposalDocument, ReviewPilotProposalDocument, WithdrawPilotProposalDocument, type PilotProposalQuery } from '@gotong/graphql-client';
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { z } from 'zod';
import { EmptyState } from '~/components/empty-state';
import { ErrorPage } from '~/components/error-page';
import { Field } from '~/components/field';
import { AppForm } from '~/components/form';
import { Notice } from '~/components/notice';
import { Pagination } from '~/components/pagination';
import { ProposalStatusBadge } from '~/components/partners/proposal-status';
import { ProposalSubjectLine } from '~/components/partners/proposal-table';
import { CommentThread } from '~/components/ideas/comment-thread';
import { contentAction } from '~/components/ideas/content-actions.server';
import { ReportForm } from '~/components/ideas/report-form';
import { verifiedFormData } from '~/lib/csrf.server';
import { fromUserErrors, textOf, validate } from '~/lib/forms';
import { failure } from '~/lib/forms.server';
import { graphql, notFound } from '~/lib/graphql.server';
import { formatRupiah } from '@gotong/messages/format';
import { useFormatDate, useLocale, useT, withElements } from '~/lib/i18n';
import { withNotice } from '~/lib/notice';
import { useViewer } from '~/lib/root-data';
import { withComment } from '~/lib/live-updates';
import { useLiveEvents, useLiveState } from '~/lib/use-live';
import { pageMeta } from '~/lib/meta';

type Proposal = NonNullable<PilotProposalQuery['pilotProposal']>;
type RequestArgs = { request: Request; context: LoaderFunctionArgs['context'] };

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageMeta(matches, data ? { key: 'meta.proposal', values: { title: data.proposal.title } } : 'meta.notFound');

const historyParameter = 'riwayat';

async function findProposalPage(args: RequestArgs, id: string, search?: URLSearchParams) {
  const { pilotProposal, comments } = await graphql(args, PilotProposalDocument, { id, historyAfter: search?.get(historyParameter), commentsAfter: search?.get('komentar') });
  if (!pilotProposal || !comments) throw notFound();
  return { proposal: pilotProposal, comments };
}

async function findProposal(args: RequestArgs, id: string): Promise<Proposal> {
  return (await findProposalPage(args, id)).proposal;
}

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  return findProposalPage({ request, context }, params.id ?? '', new URL(request.url).searchParams);
}

const reviewFormSchema = pilotReviewSchema.extend({ status: z.enum(pilotProposalReviewStatuses, { message: 'required' }) });
const reviewInput = (formData: FormData) => ({ status: textOf(formData, 'status'), note: textOf(formData, 'note') ?? '' });
const withdrawSchema = z.object({ note: z.string().trim().max(2000, { message: 'tooLong' }).optional() });
const withdrawInput = (formData: FormData) => ({ note: textOf(formData, 'note') });
const innovationInput = (formData: FormData) => ({ title: textOf(formData, 'title') ?? '', summary: textOf(formData, 'summary') });

/** The new innovation is the proposal's idea, owned by the proposal's agency: both come from the proposal, not the form. */
async function createInnovationFromIdea(args: RequestArgs, formData: FormData, proposalId: string) {
  const intent = 'create-innovation';
  const proposal = await findProposal(args, proposalId);
  if (!proposal.idea) throw new Response('This proposal is not for an idea', { status: 400 });
  const parsed = validate(createInnovationSchema, { ...innovationInput(formData), ideaIds: [proposal.idea.id] });
  if (!parsed.data) return failure(formData, { intent, fieldErrors: parsed.fieldErrors });
  const { createInnovation } = await graphql(args, CreateInnovationDocument, { input: { ...parsed.data, agencyId: proposal.agency.id } });
  if (!createInnovation.innovation) return failure(formData, fromUserErrors(createInnovation.errors, intent));
  return redirect(withNotice(`/inovasi/${encodeURIComponent(createInnovation.innovation.id)}`, 'proposals.innovationCreated'));
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const formData = await verifiedFormData(request);
  const intent = textOf(formData, 'intent') ?? '';
  const args = { request, context };
  const proposalId = params.id ?? '';
  const here = `/usulan-pilot/${encodeURIComponent(proposalId)}`;
  const commented = await contentAction(args, formData, proposalId, here);
  if (commented) return commented;
  if (intent === 'review') {
    const parsed = validate(reviewFormSchema, reviewInput(formData));
    if (!parsed.data) return failure(formData, { intent, fieldErrors: parsed.fieldErrors });
    const { reviewPilotProposal } = await graphql(args, ReviewPilotProposalDocument, { input: { proposalId, ...parsed.data } });
    if (!reviewPilotProposal.proposal) return failure(formData, fromUserErrors(reviewPilotProposal.errors, intent));
    return redirect(withNotice(here, 'proposals.reviewed'));
  }
  if (intent === 'withdraw') {
    const parsed = validate(withdrawSchema, withdrawInput(formData));
    if (!parsed.data) return failure(formData, { intent, fieldErrors: parsed.fieldErrors });
    const { withdrawPilotProposal } = await graphql(args, WithdrawPilotProposalDocument, { input: { proposalId, ...parsed.data } });
    if (!withdrawPilotProposal.proposal) return failure(formData, fromUserErrors(withdrawPilotProposal.errors, intent));
    return redirect(withNotice(here, 'proposals.withdrawn'));
  }
  if (intent === 'create-innovation') return createInnovationFromIdea(args, formData, proposalId);
  throw new Response('Unknown form', { status: 400 });
}

/** An idea's text as a first summary of the innovation made from it: one paragraph, cut at a word. */
function summaryFrom(body: string, length = 300): string {
  const text = body.replace(/\s+/g, ' ').trim();
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : length)}…`;
}

function ReviewForm({ status }: { status: PilotProposalStatus }) {
  const t = useT();
  const decisions = pilotProposalReviewStatuses.filter((decision) => mayMovePilotProposal('AGENCY', status, decision));
  return (
    <section className="section panel" aria-labelledby="review-title">
      <h2 id="review-title">{t('proposals.review.title')}</h2>
      <AppForm intent="review" schema={reviewFormSchema} toInput={reviewInput}>
        <Field name="status" label={t('proposals.review.decision')} defaultValue="">
          {(control) => (
            <select {...control}>
              <option value="">{t('proposals.review.chooseDecision')}</option>
              {decisions.map((decision) => (
                <option key={decision} value={decision}>
                  {t(`proposals.decision.${decision}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="note" label={t('proposals.review.note')} hint={t('proposals.review.noteHint')}>
          {(control) => <textarea rows={4} {...control} required />}
        </Field>
        <button type="submit" className="button">
          {t('proposals.review.submit')}
        </button>
      </AppForm>
    </section>
  );
}

function ProposerActions({ proposal }: { proposal: Proposal }) {
  const t = useT();
  const mayWithdraw = proposal.proposer.viewerCanActFor && mayMovePilotProposal('PROPOSER', proposal.status, 'WITHDRAWN');
  if (!proposal.viewerCanEdit && !mayWithdraw) return null;
  return (
    <section className="section panel" aria-labelledby="proposer-actions-title">
      <h2 id="proposer-actions-title">{t('proposals.actions.title')}</h2>
      {proposal.viewerCanEdit ? (
        <p>
          <Link to={`/usulan-pilot/${encodeURIComponent(proposal.id)}/ubah`} className="button">
            {t(proposal.status === 'CHANGES_REQUESTED' ? 'proposals.actions.revise' : 'proposals.actions.edit')}
          </Link>
        </p>
      ) : null}
      {mayWithdraw ? (
        <AppForm intent="withdraw" schema={withdrawSchema} toInput={withdrawInput}>
          <Field name="note" label={t('proposals.withdraw.note')} optional>
            {(control) => <textarea rows={2} {...control} />}
          </Field>
          <button type="submit" className="button button-danger">
            {t('proposals.withdraw.submit')}
          </button>
        </AppForm>
      ) : null}
    </section>
  );
}

function CreateInnovationPanel({ idea }: { idea: NonNullable<Proposal['idea']> }) {
  const t = useT();
  return (
    <section className="section panel" aria-labelledby="innovation-from-idea-title">
      <h2 id="innovation-from-idea-title">{t('proposals.createInnovation.title')}</h2>
      <p>{t('proposals.createInnovation.intro')}</p>
      <AppForm intent="create-innovation" schema={createInnovationSchema} toInput={(formData) => ({ ...innovationInput(formData), ideaIds: [idea.id] })}>
        <Field name="title" label={t('proposals.createInnovation.name')} defaultValue={idea.title} required maxLength={160} />
        <Field name="summary" label={t('proposals.createInnovation.summary')} defaultValue={summaryFrom(idea.body)} optional>
          {(control) => <textarea rows={3} maxLength={500} {...control} />}
        </Field>
        <button type="submit" className="button">
          {t('proposals.createInnovation.submit')}
        </button>
      </AppForm>
    </section>
  );
}

function History({ history }: { history: Proposal['history'] }) {
  const t = useT();
  const formatDate = useFormatDate();
  return (
    <section className="section" aria-labelledby="history-title">
      <h2 id="history-title">{t('proposals.history.title')}</h2>
      {history.edges.length > 0 ? (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('proposals.history.when')}</th>
              <th scope="col">{t('proposals.history.who')}</th>
              <th scope="col">{t('proposals.history.change')}</th>
              <th scope="col">{t('proposals.history.note')}</th>
            </tr>
          </thead>
          <tbody>
            {history.edges.map(({ node }) => (
              <tr key={node.id}>
                <td>
                  <time dateTime={node.createdAt}>{formatDate(node.createdAt)}</time>
                </td>
                <td>{node.actor ? <Link to={`/pengguna/${encodeURIComponent(node.actor.id)}`}>{node.actor.displayName}</Link> : t('proposals.history.formerUser')}</td>
                <td>
                  {node.fromStatus ? t(`proposals.status.${node.fromStatus}`) : t('proposals.history.started')} → {t(`proposals.status.${node.toStatus}`)}
                </td>
                <td>{node.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <EmptyState>{t('proposals.history.empty')}</EmptyState>
      )}
      <Pagination pageInfo={history.pageInfo} parameter={historyParameter} />
    </section>
  );
}

export default function ProposalPage() {
  const t = useT();
  const locale = useLocale();
  const formatDate = useFormatDate();
  const viewer = useViewer();
  const [{ proposal, comments }, applyLive] = useLiveState(useLoaderData<typeof loader>());
  useLiveEvents(CommentAddedDocument, { subjectId: proposal.id }, ({ commentAdded }) => applyLive((page) => ({ ...page, comments: withComment(page.comments, commentAdded, viewer) })));
  const ideaAwaitsInnovation = proposal.status === 'ACCEPTED' && proposal.idea && !proposal.idea.innovation && proposal.agency.viewerCanActFor;
  return (
    <article className="proposal-page">
      <header className="page-heading">
        <div>
          <p className="eyebrow">
            <ProposalSubjectLine proposal={proposal} />
          </p>
          <h1>{proposal.title}</h1>
          <p className="meta">
            <ProposalStatusBadge status={proposal.status} />{' '}
            {withElements(t('proposals.page.byTo'), {
              proposer: <Link to={`/organisasi/${proposal.proposer.slug}`}>{proposal.proposer.name}</Link>,
              agency: <Link to={`/organisasi/${proposal.agency.slug}`}>{proposal.agency.name}</Link>,
            })}{' '}
            · {t('proposals.page.updated', { date: formatDate(proposal.updatedAt) })}
          </p>
          {viewer && !proposal.viewerCanEdit ? <ReportForm subjectId={proposal.id} /> : null}
        </div>
      </header>
      <Notice />

      <section className="section" aria-labelledby="summary-title">
        <h2 id="summary-title">{t('proposals.page.summary')}</h2>
        <p className="prose">{proposal.summary}</p>
        <dl className="proposal-facts">
          <dt>{t('proposals.form.budget')}</dt>
          <dd>{formatRupiah(locale, proposal.budgetRupiah)}</dd>
          <dt>{t('proposals.form.duration')}</dt>
          <dd>{t('proposals.weeks', { weeks: proposal.durationWeeks })}</dd>
        </dl>
      </section>
      <div className="two-columns">
        <section className="section" aria-labelledby="kpis-title">
          <h2 id="kpis-title">{t('proposals.form.kpis')}</h2>
          <ul>
            {proposal.kpis.map((kpi) => (
              <li key={kpi}>{kpi}</li>
            ))}
          </ul>
        </section>
        <section className="section" aria-labelledby="team-title">
          <h2 id="team-title">{t('proposals.form.team')}</h2>
          <ul>
            {proposal.team.map((member) => (
              <li key={member}>{member}</li>
            ))}
          </ul>
        </section>
      </div>

      <ProposerActions proposal={proposal} />
      {proposal.viewerCanReview ? <ReviewForm status={proposal.status} /> : null}
      {ideaAwaitsInnovation && proposal.idea ? <CreateInnovationPanel idea={proposal.idea} /> : null}
      <History history={proposal.history} />
      <CommentThread thread={comments} canComment={viewer !== null} />
    </article>
  );
}

export const ErrorBoundary = ErrorPage;
