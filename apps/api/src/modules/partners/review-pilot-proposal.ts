import { pilotReviewSchema } from '@gotong/domain';
import type { Context } from '../../context.js';
import { requireViewer } from '../../core/authorization.js';
import { forbidden } from '../../core/errors.js';
import { validateInput } from '../../core/validation.js';
import { reviewsProposal } from './partners.permissions.js';
import { findProposalInput, moveProposal } from './find-pilot-proposal.js';
import type { PilotProposal } from './pilot-proposal.entity.js';
import type { ReviewPilotProposalInput } from './pilot-proposal.type.js';

/** The owning agency's officer takes a proposal under review, accepts, rejects or asks for changes, always with a note. */
export async function reviewPilotProposal(context: Context, input: ReviewPilotProposalInput): Promise<PilotProposal> {
  requireViewer(context);
  const proposal = await findProposalInput(context, input.proposalId, 'input.proposalId');
  if (!(await reviewsProposal(context, proposal))) throw forbidden("Only the owning agency's officers review its pilot proposals.");
  const { note } = validateInput(pilotReviewSchema, { note: input.note });
  return moveProposal(context, proposal, 'AGENCY', input.status, note);
}
