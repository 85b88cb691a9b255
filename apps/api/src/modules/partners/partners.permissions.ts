import { agencySeesPilotProposal } from '@gotong/domain';
import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context.js';
import { viewerHasPlatformRole } from '../../core/authorization.js';
import { maySeeModerated, unhiddenFilter } from '../moderation/index.js';
import { Membership } from '../organizations/membership.entity.js';
import { can as canForOrganization, viewerRole } from '../organizations/organizations.permissions.js';
import { runsPipelineOf } from '../pipeline/pipeline.permissions.js';
import type { PilotProposal } from './pilot-proposal.entity.js';

/** The proposing organisation's acting members (while it is verified) write, submit and withdraw. */
export function actsForProposer(context: Context, proposal: PilotProposal): Promise<boolean> {
  return canForOrganization(context, 'actFor', proposal.proposer);
}

/** The owning agency's officers review. */
export function reviewsProposal(context: Context, proposal: PilotProposal): Promise<boolean> {
  return runsPipelineOf(context, proposal.agency);
}

/**
 * Drafts: the proposer's members; submitted and later: also the agency's members; accepted: everyone. Hidden by
 * reports or a moderator: only moderators and those acting for the proposer.
 */
export async function maySeeProposal(context: Context, proposal: PilotProposal): Promise<boolean> {
  if (proposal.hiddenAt) return maySeeModerated(context, proposal, () => actsForProposer(context, proposal));
  if (proposal.status === 'ACCEPTED' || viewerHasPlatformRole(context, 'ADMIN')) return true;
  if (!context.viewer) return false;
  if (await viewerRole(context, proposal.proposer)) return true;
  return agencySeesPilotProposal(proposal.status) && Boolean(await viewerRole(context, proposal.agency));
}

/** maySeeProposal for someone signed out, as an SQL condition on the pilot_proposals table under `alias`. */
export function publicProposalsSql(alias: string): string {
  return `${alias}.status = 'ACCEPTED' and ${alias}.hidden_at is null`;
}

/** The same rule as a filter, for lists (where hidden proposals show to moderators only). */
export async function visibleProposalsFilter(context: Context): Promise<FilterQuery<PilotProposal>> {
  return { $and: [await visibleByStatusFilter(context), unhiddenFilter<PilotProposal>(context)] };
}

/** The status part of the rule: one statement for the viewer's organisations, then SQL. */
async function visibleByStatusFilter(context: Context): Promise<FilterQuery<PilotProposal>> {
  if (viewerHasPlatformRole(context, 'ADMIN')) return {};
  if (!context.viewer) return { status: 'ACCEPTED' };
  const memberships = await context.em.find(Membership, { user: context.viewer.id }, { fields: ['organization'] });
  const organizationIds = memberships.map((membership) => membership.organization.id);
  if (organizationIds.length === 0) return { status: 'ACCEPTED' };
  return {
    $or: [
      { status: 'ACCEPTED' },
      { proposer: { $in: organizationIds } },
      { agency: { $in: organizationIds }, status: { $ne: 'DRAFT' } },
    ],
  };
}
