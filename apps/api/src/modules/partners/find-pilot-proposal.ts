import { mayMovePilotProposal, type PilotProposalActor, type PilotProposalStatus } from '@gotong/domain';
import { LockMode } from '@mikro-orm/core';
import type { Context } from '../../context.js';
import { requireViewer } from '../../core/authorization.js';
import { publish } from '../../core/events.js';
import { idOfType } from '../../core/global-id.js';
import { Topic } from '../../core/pubsub.js';
import { UserErrorCode, UserErrorException, userError } from '../../core/user-error.js';
import { maySeeProposal } from './partners.permissions.js';
import { PilotProposal, PilotProposalStatusChange } from './pilot-proposal.entity.js';

const shown = ['proposer', 'agency', 'innovation', 'idea', 'createdBy'] as const;

export async function findVisibleProposal(context: Context, id: string, { refresh = false } = {}): Promise<PilotProposal | null> {
  const proposal = await context.em.findOne(PilotProposal, { id }, { populate: shown, refresh });
  return proposal && (await maySeeProposal(context, proposal)) ? proposal : null;
}

/** The proposal a mutation input names, or NOT_FOUND (also for one the viewer may not see). */
export async function findProposalInput(context: Context, globalId: string, field: string): Promise<PilotProposal> {
  const id = idOfType(globalId, 'PilotProposal');
  const proposal = id ? await findVisibleProposal(context, id) : null;
  if (!proposal) throw new UserErrorException(userError(UserErrorCode.NOT_FOUND, { key: 'error.noSuchProposal' }, field));
  return proposal;
}

/**
 * Moves a proposal under its row lock (two reviewers, or a review and a withdrawal, cannot both apply) and keeps
 * the change in its history; `change` may edit the content in the same transaction.
 */
export async function moveProposal(
  context: Context,
  proposal: PilotProposal,
  actor: PilotProposalActor,
  to: PilotProposalStatus,
  note: string,
  change: (proposal: PilotProposal) => void = () => {},
): Promise<PilotProposal> {
  const viewer = requireViewer(context);
  const statusChangeId = await context.em.transactional(async (em) => {
    const locked = await em.findOneOrFail(PilotProposal, { id: proposal.id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (!mayMovePilotProposal(actor, locked.status, to)) {
      throw new UserErrorException(userError(UserErrorCode.NOT_ALLOWED_NOW, { key: 'error.proposalTransition', params: { from: `proposals.status.${locked.status}`, to: `proposals.status.${to}` } }, 'input.status'));
    }
    const statusChange = em.create(PilotProposalStatusChange, { proposal: locked, actor: viewer, fromStatus: locked.status, toStatus: to, note });
    locked.status = to;
    change(locked);
    await em.flush();
    return statusChange.id;
  });
  const moved = (await findVisibleProposal(context, proposal.id, { refresh: true }))!;
  await publish(context, Topic.PilotProposalMoved, { proposalId: moved.id, statusChangeId });
  return moved;
}
