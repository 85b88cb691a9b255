import type { Context } from '../../context.js';
import { requireViewer } from '../../core/authorization.js';
import { forbidden } from '../../core/errors.js';
import { actsForProposer } from './partners.permissions.js';
import { findProposalInput, moveProposal } from './find-pilot-proposal.js';
import type { PilotProposal } from './pilot-proposal.entity.js';
import type { WithdrawPilotProposalInput } from './pilot-proposal.type.js';

/** The proposing organisation withdraws its proposal before the agency decides. */
export async function withdrawPilotProposal(context: Context, input: WithdrawPilotProposalInput): Promise<PilotProposal> {
  requireViewer(context);
  const proposal = await findProposalInput(context, input.proposalId, 'input.proposalId');
  if (!(await actsForProposer(context, proposal))) throw forbidden("Only the proposing organisation's officers withdraw its proposal.");
  return moveProposal(context, proposal, 'PROPOSER', 'WITHDRAWN', (input.note ?? '').trim().slice(0, 2000));
}
