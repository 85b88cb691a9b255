import { PilotProposalDocument } from '@gotong/graphql-client';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { ErrorPage } from '~/components/error-page';
import { saveProposal } from '~/components/partners/proposal-editor.server';
import { ProposalForm } from '~/components/partners/proposal-form';
import { ProposalStatusBadge } from '~/components/partners/proposal-status';
import { verifiedFormData } from '~/lib/csrf.server';
import { graphql, notFound } from '~/lib/graphql.server';
import { useT } from '~/lib/i18n';
import { requireViewer } from '~/lib/viewer.server';
import { pageMeta } from '~/lib/meta';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'meta.editProposal');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  await requireViewer({ request, context });
  const { pilotProposal: proposal } = await graphql({ request, context }, PilotProposalDocument, { id: params.id ?? '' });
  if (!proposal) throw notFound();
  if (!proposal.viewerCanEdit) throw new Response('Forbidden', { status: 403 });
  const { id, title, summary, budgetRupiah, durationWeeks, kpis, team, status } = proposal;
  return { proposal: { id, title, summary, budgetRupiah, durationWeeks, kpis, team, status } };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const formData = await verifiedFormData(request);
  return saveProposal({ request, context }, formData, { proposalId: params.id ?? '' });
}

export default function EditProposal() {
  const t = useT();
  const { proposal } = useLoaderData<typeof loader>();
  return (
    <div className="narrow">
      <p className="eyebrow">
        <Link to={`/usulan-pilot/${encodeURIComponent(proposal.id)}`}>{proposal.title}</Link> <ProposalStatusBadge status={proposal.status} />
      </p>
      <h1>{t('proposals.edit.title')}</h1>
      <ProposalForm proposal={proposal} status={proposal.status} />
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
