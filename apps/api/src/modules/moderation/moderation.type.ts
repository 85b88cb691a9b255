import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType } from '../../core/connection.js';
import { Node } from '../../core/node.js';
import { Payload } from '../../core/user-error.js';
import { UserType } from '../accounts/user.type.js';
import type { User } from '../accounts/user.entity.js';
import { ActorAndPeriodFilter } from '../audit/index.js';

export enum ModerationDecision {
  HIDE = 'HIDE',
  RESTORE = 'RESTORE',
}
registerEnumType(ModerationDecision, { name: 'ModerationDecision', description: 'HIDE takes content out of every list and page but for moderators and its author; RESTORE brings it back.' });

@ObjectType('ReportedContent', { description: 'One reported item in the moderators’ queue, with its open reports.' })
export class ReportedContentType {
  @Field(() => Node, { nullable: true, description: 'The idea, discussion or comment reported; null if it no longer exists.' })
  subject: object | null;

  @Field(() => ID)
  subjectId: string;

  @Field(() => Int, { description: 'Open reports of this item.' })
  reportCount: number;

  @Field(() => Date)
  firstReportedAt: Date;

  @Field(() => Date)
  lastReportedAt: Date;

  @Field(() => [String], { description: 'The reasons of the latest open reports (at most 5).' })
  reasons: string[];
}

@ObjectType()
export class ReportedContentConnection extends ConnectionType(ReportedContentType, 'ReportedContent') {}

@ObjectType('ModerationAction', { implements: Node, description: 'One entry of the moderation log.' })
export class ModerationActionType extends Node {
  @Field(() => UserType, { nullable: true })
  moderator: User | null;

  @Field(() => ModerationDecision)
  decision: ModerationDecision;

  @Field(() => String, { description: 'The kind of the item moderated, e.g. "Idea".' })
  subjectType: string;

  @Field(() => String)
  reason: string;

  @Field(() => Date)
  createdAt: Date;
}

@InputType({ description: 'Narrows the moderation log; every condition given must hold (the actor is the moderator).' })
export class ModerationLogFilter extends ActorAndPeriodFilter {
  @Field(() => ModerationDecision, { nullable: true })
  decision?: ModerationDecision;
}

@ObjectType()
export class ModerationActionConnection extends ConnectionType(ModerationActionType, 'ModerationAction') {}

@InputType()
export class ReportContentInput {
  @Field(() => ID, { description: 'An idea, a discussion or a comment.' })
  subjectId: string;

  @Field(() => String)
  reason: string;
}

@InputType()
export class ModerateContentInput {
  @Field(() => [ID], { description: 'One item or many (at most 100): all are moderated, or none.' })
  subjectIds: string[];

  @Field(() => ModerationDecision)
  decision: ModerationDecision;

  @Field(() => String, { description: 'Why, kept in the moderation log.' })
  reason: string;
}

@ObjectType()
export class ReportContentPayload extends Payload {
  @Field(() => Node, { nullable: true })
  subject: object | null = null;
}

@ObjectType()
export class ModerateContentPayload extends Payload {
  @Field(() => [Node])
  subjects: object[] = [];
}
