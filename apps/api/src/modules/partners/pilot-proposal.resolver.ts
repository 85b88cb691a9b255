import { isPilotProposalEditable } from '@gotong/domain';
import { wrap } from '@mikro-orm/core';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { PageArgs, findPage } from '../../core/connection.js';
import { idOfType } from '../../core/global-id.js';
import { globalIdOf } from '../../core/node.js';
import { toPayload } from '../../core/user-error.js';
import type { Idea } from '../ideas/idea.entity.js';
import { IdeaType } from '../ideas/idea.type.js';
import { findVisibleIdea } from '../ideas/find-idea.js';
import { maySeeIdea } from '../ideas/ideas.permissions.js';
import type { Organization } from '../organizations/organization.entity.js';
import { OrganizationType } from '../organizations/organization.type.js';
import type { Innovation } from '../pipeline/innovation.entity.js';
import { InnovationType } from '../pipeline/innovation.type.js';
import { findVisibleProposal } from './find-pilot-proposal.js';
import { actsForProposer, reviewsProposal } from './partners.permissions.js';
import { PilotProposalStatusChange, type PilotProposal } from './pilot-proposal.entity.js';
import { pilotProposalPage } from './pilot-proposal-page.js';
import {
  PilotProposalConnection,
  PilotProposalFilter,
  PilotProposalPayload,
  PilotProposalStatusChangeConnection,
  PilotProposalType,
  ReviewPilotProposalInput,
  SubmitPilotProposalInput,
  WithdrawPilotProposalInput,
} from './pilot-proposal.type.js';
import { reviewPilotProposal } from './review-pilot-proposal.js';
import { submitPilotProposal } from './submit-pilot-proposal.js';
import { withdrawPilotProposal } from './withdraw-pilot-proposal.js';

function proposalPayload(run: () => Promise<PilotProposal>) {
  return toPayload(PilotProposalPayload, run, (payload, proposal) => {
    payload.proposal = proposal;
  });
}

@Resolver(() => PilotProposalType)
export class PilotProposalResolver {
  @Query(() => PilotProposalConnection, { description: 'Pilot proposals the viewer may see (drafts: the proposer; submitted: also the agency; accepted: everyone), newest first.' })
  pilotProposals(@Args(() => PageArgs) page: PageArgs, @Arg('filter', () => PilotProposalFilter, { nullable: true }) filter: PilotProposalFilter | null, @Ctx() context: Context) {
    return pilotProposalPage(context, filter, page);
  }

  @Query(() => PilotProposalType, { nullable: true })
  pilotProposal(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<PilotProposal | null> | null {
    const proposalId = idOfType(id, 'PilotProposal');
    return proposalId ? findVisibleProposal(context, proposalId) : null;
  }

  @FieldResolver(() => InnovationType, { nullable: true })
  innovation(@Root() proposal: PilotProposal): Innovation | null {
    return proposal.innovation;
  }

  @FieldResolver(() => IdeaType, { nullable: true, description: 'The idea it proposes to pilot; null when the idea is hidden from the viewer.' })
  async idea(@Root() proposal: PilotProposal, @Ctx() context: Context): Promise<Idea | null> {
    const { idea } = proposal;
    if (!idea) return null;
    if (!wrap(idea).isInitialized()) return findVisibleIdea(context, idea.id);
    return maySeeIdea(context, idea) ? idea : null;
  }

  @FieldResolver(() => PilotProposalStatusChangeConnection, { description: 'Every status change, oldest first, with who and the note.' })
  history(@Root() proposal: PilotProposal, @Args(() => PageArgs) page: PageArgs, @Ctx() context: Context) {
    return findPage(context.em, PilotProposalStatusChange, { proposal: proposal.id }, [{ property: 'createdAt', direction: 'asc' }, { property: 'id', direction: 'asc' }], page, {
      populate: ['actor'],
    });
  }

  @FieldResolver(() => Boolean)
  async viewerCanEdit(@Root() proposal: PilotProposal, @Ctx() context: Context): Promise<boolean> {
    return isPilotProposalEditable(proposal.status) && (await actsForProposer(context, proposal));
  }

  @FieldResolver(() => Boolean)
  async viewerCanReview(@Root() proposal: PilotProposal, @Ctx() context: Context): Promise<boolean> {
    return (proposal.status === 'SUBMITTED' || proposal.status === 'UNDER_REVIEW') && (await reviewsProposal(context, proposal));
  }

  @Mutation(() => PilotProposalPayload, { description: "A verified partner's or NGO's officer saves a draft, submits, or resubmits after changes were asked." })
  submitPilotProposal(@Arg('input', () => SubmitPilotProposalInput) input: SubmitPilotProposalInput, @Ctx() context: Context) {
    return proposalPayload(() => submitPilotProposal(context, input));
  }

  @Mutation(() => PilotProposalPayload, { description: "The owning agency's officer reviews a submitted proposal, always with a note." })
  reviewPilotProposal(@Arg('input', () => ReviewPilotProposalInput) input: ReviewPilotProposalInput, @Ctx() context: Context) {
    return proposalPayload(() => reviewPilotProposal(context, input));
  }

  @Mutation(() => PilotProposalPayload, { description: 'The proposer withdraws its proposal before the decision.' })
  withdrawPilotProposal(@Arg('input', () => WithdrawPilotProposalInput) input: WithdrawPilotProposalInput, @Ctx() context: Context) {
    return proposalPayload(() => withdrawPilotProposal(context, input));
  }
}

@Resolver(() => OrganizationType)
export class OrganizationPilotProposalsResolver {
  @FieldResolver(() => PilotProposalConnection, { description: 'Proposals made by or to the organisation that the viewer may see.' })
  pilotProposals(@Root() organization: Organization, @Args(() => PageArgs) page: PageArgs, @Ctx() context: Context) {
    const id = globalIdOf(organization);
    return pilotProposalPage(context, organization.kind === 'AGENCY' ? { agencyId: id } : { proposerId: id }, page);
  }
}

@Resolver(() => InnovationType)
export class InnovationPilotProposalsResolver {
  @FieldResolver(() => PilotProposalConnection, { description: 'Its pilot proposals the viewer may see (accepted ones are public).' })
  pilotProposals(@Root() innovation: Innovation, @Args(() => PageArgs) page: PageArgs, @Ctx() context: Context) {
    return pilotProposalPage(context, { innovationId: globalIdOf(innovation) }, page);
  }
}
