import type { PilotProposalStatus } from '@gotong/domain';
import { useT } from '~/lib/i18n';

export function ProposalStatusBadge({ status }: { status: PilotProposalStatus }) {
  const t = useT();
  return <span className={`badge proposal-status proposal-status-${status.toLowerCase().replaceAll('_', '-')}`}>{t(`proposals.status.${status}`)}</span>;
}
