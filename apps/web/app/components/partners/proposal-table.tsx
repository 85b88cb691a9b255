import type { PilotProposalRowFragment } from '@gotong/graphql-client';
import { Link } from '@remix-run/react';
import { formatRupiah } from '@gotong/messages/format';
import { useLocale, useT } from '~/lib/i18n';
import { ProposalStatusBadge } from './proposal-status';

/** Proposals as a table: each title links to its page; the subject (idea or innovation) beside it. */
export function ProposalTable({ proposals, caption }: { proposals: readonly PilotProposalRowFragment[]; caption?: string }) {
  const t = useT();
  const locale = useLocale();
  return (
    <table className="table proposal-table">
      {caption ? <caption className="visually-hidden">{caption}</caption> : null}
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
        {proposals.map((proposal) => (
          <tr key={proposal.id}>
            <td>
              <Link to={`/usulan-pilot/${encodeURIComponent(proposal.id)}`}>{proposal.title}</Link>
              <ProposalSubjectLine proposal={proposal} />
            </td>
            <td data-label={t('proposals.column.proposer')}>{proposal.proposer.name}</td>
            <td data-label={t('proposals.column.agency')}>{proposal.agency.name}</td>
            <td data-label={t('proposals.column.budget')}>
              {formatRupiah(locale, proposal.budgetRupiah)} · {t('proposals.weeks', { weeks: proposal.durationWeeks })}
            </td>
            <td data-label={t('proposals.column.status')}>
              <ProposalStatusBadge status={proposal.status} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** "For the innovation …" / "For the idea …", linked. */
export function ProposalSubjectLine({ proposal }: { proposal: Pick<PilotProposalRowFragment, 'innovation' | 'idea'> }) {
  const t = useT();
  if (proposal.innovation) {
    return (
      <span className="proposal-subject">
        {t('proposals.forInnovation')} <Link to={`/inovasi/${encodeURIComponent(proposal.innovation.id)}`}>{proposal.innovation.title}</Link>
      </span>
    );
  }
  if (proposal.idea) {
    return (
      <span className="proposal-subject">
        {t('proposals.forIdea')} <Link to={`/gagasan/${encodeURIComponent(proposal.idea.id)}`}>{proposal.idea.title}</Link>
      </span>
    );
  }
  return null;
}
