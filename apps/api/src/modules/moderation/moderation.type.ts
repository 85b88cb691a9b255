import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType } from '../../core/connection.js';
import { Node } from '../../core/node.js';
import { Payload } from '../../core/user-error.js';
import { UserType } from '../accounts/user.type.js';
import type { User } from '../accounts/user.entity.js';
import { ActorAndPeriodFilter } from '../audit/index.js';
import { reportCategories, type ReportCategory as ReportCategoryValue } from './report.entity.js';

export enum ModerationDecision {
  HIDE = 'HIDE',
  RESTORE = 'RESTORE',
}
registerEnumType(ModerationDecision, { name: 'ModerationDecision', description: 'HIDE takes content out of every list and page but for moderators and those who answer for it; RESTORE brings it back.' });

export enum ModerationLogDecision {
  HIDE = 'HIDE',
  RESTORE = 'RESTORE',
  SUSPEND = 'SUSPEND',
}
registerEnumType(ModerationLogDecision, { name: 'ModerationLogDecision', description: 'What a moderation log entry records: content hidden or restored, or an account suspended.' });

export const ReportCategory = Object.fromEntries(reportCategories.map((category) => [category, category])) as { [Key in ReportCategoryValue]: Key };
registerEnumType(ReportCategory, {
  name: 'ReportCategory',
  description: 'What a report says is wrong: spam or advertising, abuse (insults, threats, hate), personal data of someone exposed, misleading information, off topic, or something else.',
});

@ObjectType('ReportReasonGroup', { description: 'The open reports of an item that give one category, with the words of the latest.' })
export class ReportReasonGroupType {
  @Field(() => ReportCategory)
  category: ReportCategoryValue;

  @Field(() => Int, { description: 'How many distinct people gave this category.' })
  count: number;

  @Field(() => [String], { description: 'The reasons written with the latest of these reports (at most 3).' })
  reasons: string[];
}

@ObjectType('ReportedContent', { description: 'One reported item in the moderators’ queue, with its open reports.' })
export class ReportedContentType {
  @Field(() => Node, { nullable: true, description: 'The item reported (an idea, discussion, comment, innovation, pilot proposal, course or organisation); null if it no longer exists.' })
  subject: object | null;

  @Field(() => ID)
  subjectId: string;

  @Field(() => Node, { nullable: true, description: 'What the item belongs to, e.g. the idea or discussion a comment is on.' })
  context: object | null;

  @Field(() => UserType, { nullable: true, description: 'The person who wrote or created the item, whom a moderator may suspend.' })
  author: User | null;

  @Field(() => Boolean, { description: 'Hidden now: by reaching the report threshold, or by a moderator before these reports.' })
  hidden: boolean;

  @Field(() => Int, { description: 'Open reports of this item: one per person.' })
  reportCount: number;

  @Field(() => Date)
  firstReportedAt: Date;

  @Field(() => Date)
  lastReportedAt: Date;

  @Field(() => [ReportReasonGroupType], { description: 'The open reports grouped by category, the most given first.' })
  reasons: ReportReasonGroupType[];
}

@ObjectType()
export class ReportedContentConnection extends ConnectionType(ReportedContentType, 'ReportedContent') {}

@ObjectType('ModerationAction', { implements: Node, description: 'One entry of the moderation log.' })
export class ModerationActionType extends Node {
  @Field(() => UserType, { nullable: true, description: 'Null when reports hid the item (`automatic`) or the moderator’s account is gone.' })
  moderator: User | null;

  @Field(() => ModerationLogDecision)
  decision: ModerationLogDecision;

  @Field(() => String, { description: 'The kind of the item moderated, e.g. "Idea", or "User" for a suspension.' })
  subjectType: string;

  @Field(() => String, { description: 'Empty for an automatic hide.' })
  reason: string;

  @Field(() => Boolean, { description: 'Hidden because the platform’s report threshold was reached, not by a moderator.' })
  automatic: boolean;

  @Field(() => Date, { nullable: true, description: 'A suspension’s end.' })
  suspendedUntil: Date | null;

  @Field(() => Date)
  createdAt: Date;
}

@InputType({ description: 'Narrows the moderation log; every condition given must hold (the actor is the moderator).' })
export class ModerationLogFilter extends ActorAndPeriodFilter {
  @Field(() => ModerationLogDecision, { nullable: true })
  decision?: ModerationLogDecision;
}

@ObjectType()
export class ModerationActionConnection extends ConnectionType(ModerationActionType, 'ModerationAction') {}

@ObjectType('ModerationSettings', { description: 'The platform’s moderation settings.' })
export class ModerationSettingsType {
  @Field(() => Int, { description: 'Content reported by this many distinct people is hidden until a moderator decides (default 3).' })
  reportThreshold: number;
}

@InputType()
export class ReportContentInput {
  @Field(() => ID, { description: 'An idea, discussion, comment, innovation, pilot proposal, course or organisation.' })
  subjectId: string;

  @Field(() => ReportCategory, { defaultValue: 'OTHER' })
  category: ReportCategoryValue;

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

@InputType()
export class SuspendAccountInput {
  @Field(() => ID)
  userId: string;

  @Field(() => Int, { description: 'For how many days (1 to 365), from now.' })
  days: number;

  @Field(() => String, { description: 'Why: told to the person and kept in the moderation log.' })
  reason: string;
}

@InputType()
export class UpdateModerationSettingsInput {
  @Field(() => Int, { description: 'From 1 to 100.' })
  reportThreshold: number;
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

@ObjectType()
export class SuspendAccountPayload extends Payload {
  @Field(() => UserType, { nullable: true })
  user: User | null = null;

  @Field(() => Date, { nullable: true })
  suspendedUntil: Date | null = null;
}

@ObjectType()
export class ModerationSettingsPayload extends Payload {
  @Field(() => ModerationSettingsType, { nullable: true })
  settings: ModerationSettingsType | null = null;
}
