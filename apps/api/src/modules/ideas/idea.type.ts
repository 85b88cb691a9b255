import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType } from '../../core/connection.js';
import { Node } from '../../core/node.js';
import { Payload } from '../../core/user-error.js';
import { UserType } from '../accounts/user.type.js';
import type { User } from '../accounts/user.entity.js';
import type { Organization } from '../organizations/organization.entity.js';
import { OrganizationType } from '../organizations/organization.type.js';
import type { Service } from '../services/service.entity.js';
import { ServiceType } from '../services/service.type.js';
import type { Idea } from './idea.entity.js';

export enum IdeaKind {
  PROBLEM = 'PROBLEM',
  SOLUTION = 'SOLUTION',
}
registerEnumType(IdeaKind, { name: 'IdeaKind', description: 'PROBLEM names a problem; SOLUTION proposes a fix.' });

export enum IdeaStatus {
  OPEN = 'OPEN',
  UNDER_REVIEW = 'UNDER_REVIEW',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  MERGED = 'MERGED',
}
registerEnumType(IdeaStatus, { name: 'IdeaStatus' });

export enum IdeaReviewStatus {
  UNDER_REVIEW = 'UNDER_REVIEW',
  DECLINED = 'DECLINED',
  MERGED = 'MERGED',
}
registerEnumType(IdeaReviewStatus, { name: 'IdeaReviewStatus', description: 'What an agency officer may decide in reviewIdea.' });

export enum IdeaOrder {
  NEW = 'NEW',
  TOP = 'TOP',
  HOT = 'HOT',
}
registerEnumType(IdeaOrder, {
  name: 'IdeaOrder',
  description: 'NEW: newest first; TOP: most votes first; HOT: recent votes weigh more than old ones.',
});

@ObjectType('Idea', { implements: Node, simpleResolvers: true, description: 'A problem or a proposed solution (gagasan).' })
export class IdeaType extends Node {
  @Field(() => IdeaKind)
  kind: IdeaKind;

  @Field(() => IdeaStatus)
  status: IdeaStatus;

  @Field(() => String)
  title: string;

  @Field(() => String, { description: 'The markdown as written.' })
  body: string;

  @Field(() => String, { description: 'The markdown rendered to sanitised HTML.' })
  bodyHtml: string;

  @Field(() => [String])
  tags: string[];

  @Field(() => UserType)
  author: User;

  @Field(() => OrganizationType, { nullable: true, description: 'The organisation it was posted on behalf of.' })
  organization: Organization | null;

  @Field(() => OrganizationType, { nullable: true, description: 'The agency it is addressed to.' })
  agency: Organization | null;

  @Field(() => ServiceType, { nullable: true })
  service: Service | null;

  @Field(() => Int)
  voteCount: number;

  @Field(() => String, { nullable: true, description: 'The public reason given with a decision (always with DECLINED).' })
  decisionReason: string | null;

  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;
}

@ObjectType()
export class IdeaConnection extends ConnectionType(IdeaType, 'Idea') {}

@InputType()
export class IdeaFilter {
  @Field(() => IdeaStatus, { nullable: true, description: 'Without it, every status but MERGED.' })
  status?: IdeaStatus | null;

  @Field(() => IdeaKind, { nullable: true })
  kind?: IdeaKind | null;

  @Field(() => ID, { nullable: true })
  serviceId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Ideas addressed to this agency.' })
  agencyId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Ideas posted on behalf of this organisation.' })
  organizationId?: string | null;

  @Field(() => ID, { nullable: true })
  authorId?: string | null;

  @Field(() => String, { nullable: true })
  tag?: string | null;

  @Field(() => String, { nullable: true, description: 'Words to find in the title or body (full-text).' })
  text?: string | null;
}

@InputType()
export class PostIdeaInput {
  @Field(() => IdeaKind)
  kind: IdeaKind;

  @Field(() => String)
  title: string;

  @Field(() => String, { description: 'Markdown.' })
  body: string;

  @Field(() => [String], { nullable: true })
  tags?: string[] | null;

  @Field(() => ID, { nullable: true })
  serviceId?: string | null;

  @Field(() => ID, { nullable: true, description: 'An AGENCY organisation; taken from the service when omitted.' })
  agencyId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Post on behalf of this verified organisation (its members only).' })
  organizationId?: string | null;
}

@InputType()
export class EditIdeaInput {
  @Field(() => ID)
  ideaId: string;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  body?: string | null;

  @Field(() => [String], { nullable: true })
  tags?: string[] | null;
}

@InputType()
export class VoteIdeaInput {
  @Field(() => ID)
  ideaId: string;
}

@InputType()
export class ReviewIdeaInput {
  @Field(() => ID)
  ideaId: string;

  @Field(() => IdeaReviewStatus)
  status: IdeaReviewStatus;

  @Field(() => String, { nullable: true, description: 'The public reason; required to decline.' })
  reason?: string | null;

  @Field(() => ID, { nullable: true, description: 'With MERGED: the idea it duplicates. Its voters join that idea, each counted once.' })
  mergeIntoId?: string | null;
}

@ObjectType()
export class IdeaPayload extends Payload {
  @Field(() => IdeaType, { nullable: true })
  idea: Idea | null = null;
}
