import { pilotProposalReviewStatuses, pilotProposalStatuses } from '@gotong/domain';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType } from '../../core/connection.js';
import { enumOf } from '../../core/graphql-enum.js';
import { Node } from '../../core/node.js';
import { Payload } from '../../core/user-error.js';
import type { User } from '../accounts/user.entity.js';
import { UserType } from '../accounts/user.type.js';
import type { Organization } from '../organizations/organization.entity.js';
import { OrganizationType } from '../organizations/organization.type.js';
import type { PilotProposal } from './pilot-proposal.entity.js';

export const PilotProposalStatus = enumOf(pilotProposalStatuses);
registerEnumType(PilotProposalStatus, { name: 'PilotProposalStatus' });
export const PilotProposalReviewStatus = enumOf(pilotProposalReviewStatuses);
registerEnumType(PilotProposalReviewStatus, { name: 'PilotProposalReviewStatus', description: 'What an agency officer may decide in a review.' });

@ObjectType('PilotProposal', { implements: Node, description: "A partner's or NGO's proposal to pilot an idea or innovation with its agency." })
export class PilotProposalType extends Node {
  @Field(() => String)
  title: string;

  @Field(() => String)
  summary: string;

  @Field(() => Float, { description: 'Whole rupiah.' })
  budgetRupiah: number;

  @Field(() => Int)
  durationWeeks: number;

  @Field(() => [String])
  kpis: string[];

  @Field(() => [String], { description: 'Team members with their roles.' })
  team: string[];

  @Field(() => PilotProposalStatus)
  status: PilotProposal['status'];

  @Field(() => OrganizationType, { description: 'The partner or NGO proposing.' })
  proposer: Organization;

  @Field(() => OrganizationType, { description: 'The agency that reviews.' })
  agency: Organization;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;
}

@ObjectType('PilotProposalStatusChange', { implements: Node })
export class PilotProposalStatusChangeType extends Node {
  @Field(() => PilotProposalStatus, { nullable: true })
  fromStatus: PilotProposal['status'] | null;

  @Field(() => PilotProposalStatus)
  toStatus: PilotProposal['status'];

  @Field(() => String)
  note: string;

  @Field(() => UserType, { nullable: true })
  actor: User | null;

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType()
export class PilotProposalConnection extends ConnectionType(PilotProposalType, 'PilotProposal') {}

@ObjectType()
export class PilotProposalStatusChangeConnection extends ConnectionType(PilotProposalStatusChangeType, 'PilotProposalStatusChange') {}

@InputType()
export class PilotProposalFilter {
  @Field(() => PilotProposalStatus, { nullable: true })
  status?: PilotProposal['status'] | null;

  @Field(() => [PilotProposalStatus], { nullable: true, description: 'Any of these statuses, e.g. SUBMITTED and UNDER_REVIEW for a review queue.' })
  statuses?: PilotProposal['status'][] | null;

  @Field(() => ID, { nullable: true, description: 'The proposing partner or NGO.' })
  proposerId?: string | null;

  @Field(() => ID, { nullable: true })
  agencyId?: string | null;

  @Field(() => ID, { nullable: true, description: "The innovation's proposals, and those for the ideas it was made from." })
  innovationId?: string | null;
}

@InputType({ description: 'Writes a proposal (new, or an editable one) and submits it unless `submit` is false (it stays a DRAFT).' })
export class SubmitPilotProposalInput {
  @Field(() => ID, { nullable: true, description: 'The proposal to change (a DRAFT or CHANGES_REQUESTED); absent to start one.' })
  proposalId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The proposing partner or NGO; required for a new proposal.' })
  proposerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'An Innovation or an Idea (one with an agency); required for a new proposal.' })
  subjectId?: string | null;

  @Field(() => String)
  title: string;

  @Field(() => String)
  summary: string;

  @Field(() => Float)
  budgetRupiah: number;

  @Field(() => Int)
  durationWeeks: number;

  @Field(() => [String])
  kpis: string[];

  @Field(() => [String])
  team: string[];

  @Field(() => Boolean, { nullable: true, description: 'true unless told: false saves a draft.' })
  submit?: boolean | null;

  @Field(() => String, { nullable: true, description: 'A note for the history, e.g. what changed on resubmission.' })
  note?: string | null;
}

@InputType()
export class ReviewPilotProposalInput {
  @Field(() => ID)
  proposalId: string;

  @Field(() => PilotProposalReviewStatus)
  status: (typeof pilotProposalReviewStatuses)[number];

  @Field(() => String)
  note: string;
}

@InputType()
export class WithdrawPilotProposalInput {
  @Field(() => ID)
  proposalId: string;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@ObjectType()
export class PilotProposalPayload extends Payload {
  @Field(() => PilotProposalType, { nullable: true })
  proposal: PilotProposal | null = null;
}
