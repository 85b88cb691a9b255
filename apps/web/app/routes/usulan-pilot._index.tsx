import { formatRupiah, pilotProposalStatuses, type PilotProposalStatus } from '@gotong/domain';
import { PilotProposalsDocument } from '@gotong/graphql-client';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useLoaderData } from '@remix-run/react';
import { EmptyState } from '~/components/empty-state';
import { Pagination } from '~/components/pagination';
import { graphql } from '~/lib/graphql.server';
import { useT } from '~/lib/i18n';
import { requireViewer } from '~/lib/viewer.server';

export const meta: MetaFunction = () => [{ title: 'Usulan uji coba · Gotong' }];

function statusOf(value: string | null): PilotProposalStatus | undefined {
  return (pilotProposalStatuses as readonly string[]).includes(value ?? '') ? (value as PilotProposalStatus) : undefined;
}

/** The proposals the signed-in person may see: their organisation's own (drafts too) and, for agencies, those submitted to them. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireViewer({ request, context });
  const search = new URL(request.url).searchParams;
  const status = statusOf(search.get('status'));
  const { pilotProposals } = await graphql({ request, context }, PilotProposalsDocument, { first: 20, after: search.get('setelah'), filter: status ? { status } : undefined });
  return { pilotProposals, status: status ?? null };
}

export default function PilotProposals() {
  const t = useT();
  const { pilotProposals, status } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t('proposals.title')}</h1>
      <p className="lead">{t('proposals.intro')}</p>
      <Form method="get" className="filter-bar">
        <label htmlFor="filter-status">{t('proposals.filterStatus')}</label>
        <select id="filter-status" name="status" defaultValue={status ?? ''} key={status ?? ''}>
          <option value="">{t('proposals.allStatuses')}</option>
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
      {pilotProposals.edges.length > 0 ? (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('proposals.column.title')}</th>
              <th scope="col">{t('proposals.column.proposer')}</th>
              <th scope="col">{t('proposals.column.agency')}</th>
              <th scope="col">{t('proposals.column.budget')}</th>
              <th scope="col">{t('proposals.column.status')}</th>
            </tr>
          </thead>
          <tbody>
            {pilotProposals.edges.map(({ node }) => (
              <tr key={node.id}>
                <td>
                  {node.title}
                  {node.innovation ? (
                    <>
                      {' · '}
                      <Link to={`/inovasi/${encodeURIComponent(node.innovation.id)}`}>{node.innovation.title}</Link>
                    </>
                  ) : null}
                </td>
                <td>{node.proposer.name}</td>
                <td>{node.agency.name}</td>
                <td>
                  {formatRupiah(node.budgetRupiah)} · {t('proposals.weeks', { weeks: node.durationWeeks })}
                </td>
                <td>
                  <span className="badge">{t(`proposals.status.${node.status}`)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <EmptyState>{t('proposals.empty')}</EmptyState>
      )}
      <Pagination pageInfo={pilotProposals.pageInfo} totalCount={pilotProposals.totalCount} />
    </>
  );
}
