import { pilotProposalStatuses, type PilotProposalStatus } from '@gotong/domain';
import { PilotProposalsDocument, type PilotProposalFilter } from '@gotong/graphql-client';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useLoaderData } from '@remix-run/react';
import { EmptyState } from '~/components/empty-state';
import { Notice } from '~/components/notice';
import { Pagination } from '~/components/pagination';
import { proposalViews } from '~/components/partners/proposal-organizations';
import { ProposalTable } from '~/components/partners/proposal-table';
import { graphql } from '~/lib/graphql.server';
import { useT } from '~/lib/i18n';
import { requireViewer } from '~/lib/viewer.server';
import { pageMeta } from '~/lib/meta';

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'meta.proposals');

const awaitingReview: PilotProposalStatus[] = ['SUBMITTED', 'UNDER_REVIEW'];

function statusOf(value: string | null): PilotProposalStatus | undefined {
  return (pilotProposalStatuses as readonly string[]).includes(value ?? '') ? (value as PilotProposalStatus) : undefined;
}

/**
 * What the viewer may see, in one of their views: `?pengusul=` an organisation's own proposals (drafts too),
 * `?antrean=` an agency's review queue (awaiting review unless a status is chosen). The API decides what is visible.
 */
function viewOf(search: URLSearchParams) {
  const status = statusOf(search.get('status'));
  const proposerId = search.get('pengusul');
  const agencyId = search.get('antrean');
  if (proposerId) return { kind: 'proposer' as const, organizationId: proposerId, status, filter: { proposerId, status } satisfies PilotProposalFilter };
  if (agencyId) return { kind: 'queue' as const, organizationId: agencyId, status, filter: { agencyId, ...(status ? { status } : { statuses: awaitingReview }) } satisfies PilotProposalFilter };
  return { kind: 'all' as const, organizationId: null, status, filter: { status } satisfies PilotProposalFilter };
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireViewer({ request, context });
  const search = new URL(request.url).searchParams;
  const { filter, ...view } = viewOf(search);
  const { pilotProposals, viewer } = await graphql({ request, context }, PilotProposalsDocument, { first: 20, after: search.get('setelah'), filter });
  return { pilotProposals, view, views: proposalViews(viewer) };
}

function ViewLinks() {
  const t = useT();
  const { view, views } = useLoaderData<typeof loader>();
  const links = [
    { key: 'all', to: '/usulan-pilot', label: t('proposals.view.all'), current: view.kind === 'all' },
    ...views.proposers.map((organization) => ({
      key: `proposer-${organization.id}`,
      to: `/usulan-pilot?pengusul=${encodeURIComponent(organization.id)}`,
      label: t('proposals.view.proposer', { name: organization.name }),
      current: view.kind === 'proposer' && view.organizationId === organization.id,
    })),
    ...views.agencies.map((organization) => ({
      key: `queue-${organization.id}`,
      to: `/usulan-pilot?antrean=${encodeURIComponent(organization.id)}`,
      label: t('proposals.view.queue', { name: organization.name }),
      current: view.kind === 'queue' && view.organizationId === organization.id,
    })),
  ];
  if (links.length === 1) return null;
  return (
    <nav className="proposal-views" aria-label={t('proposals.view.label')}>
      <ul>
        {links.map((link) => (
          <li key={link.key}>
            <Link to={link.to} aria-current={link.current ? 'page' : undefined}>
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export default function PilotProposals() {
  const t = useT();
  const { pilotProposals, view, views } = useLoaderData<typeof loader>();
  const organization = [...views.proposers, ...views.agencies].find((candidate) => candidate.id === view.organizationId);
  const heading =
    view.kind === 'proposer' ? t('proposals.view.proposerTitle', { name: organization?.name ?? '' }) : view.kind === 'queue' ? t('proposals.view.queueTitle', { name: organization?.name ?? '' }) : t('proposals.title');
  return (
    <>
      <h1>{heading}</h1>
      <p className="lead">{t(view.kind === 'queue' ? 'proposals.view.queueIntro' : 'proposals.intro')}</p>
      <Notice />
      <ViewLinks />
      <Form method="get" className="filter-bar">
        {view.organizationId ? <input type="hidden" name={view.kind === 'queue' ? 'antrean' : 'pengusul'} value={view.organizationId} /> : null}
        <label htmlFor="filter-status">{t('proposals.filterStatus')}</label>
        <select id="filter-status" name="status" defaultValue={view.status ?? ''} key={view.status ?? ''}>
          <option value="">{t(view.kind === 'queue' ? 'proposals.awaitingReview' : 'proposals.allStatuses')}</option>
          {pilotProposalStatuses.map((value) => (
            <option key={value} value={value}>
              {t(`proposals.status.${value}`)}
            </option>
          ))}
        </select>
        <button type="submit" className="button button-secondary">
          {t('proposals.filter')}
        </button>
      </Form>
      {pilotProposals.edges.length > 0 ? <ProposalTable proposals={pilotProposals.edges.map(({ node }) => node)} caption={heading} /> : <EmptyState>{t('proposals.empty')}</EmptyState>}
      <Pagination pageInfo={pilotProposals.pageInfo} totalCount={pilotProposals.totalCount} />
      <p className="meta">{t('proposals.howToPropose')}</p>
    </>
  );
}
