import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../core/node.js';
import { Payload } from '../../core/user-error.js';
import { UserType } from '../accounts/user.type.js';
import type { User } from '../accounts/index.js';
import { CommentType, type Comment } from '../comments/index.js';
import { IdeaStatus, IdeaType, type Idea } from '../ideas/index.js';
import type { ResponseStep as ResponseStepValue } from './response-clock.entity.js';
import type { ClockStatus } from './response.loaders.js';

export enum ResponseStep {
  ACKNOWLEDGE = 'ACKNOWLEDGE',
  REPLY = 'REPLY',
  RESOLVE = 'RESOLVE',
}
registerEnumType(ResponseStep, {
  name: 'ResponseStep',
  description: 'What an agency owes a problem addressed to it: ACKNOWLEDGE (triaged: under review, declined with its reason, or merged), REPLY (a first official reply), RESOLVE (accepted into an innovation, or declined).',
});

export enum ResponseClockStatus {
  RUNNING = 'RUNNING',
  OVERDUE = 'OVERDUE',
  MET = 'MET',
  MET_LATE = 'MET_LATE',
}
registerEnumType(ResponseClockStatus, { name: 'ResponseClockStatus', description: 'RUNNING: not due yet; OVERDUE: past due and not met; MET: met on time; MET_LATE: met after its deadline.' });

export enum DayOffKind {
  NATIONAL_HOLIDAY = 'NATIONAL_HOLIDAY',
  JOINT_LEAVE = 'JOINT_LEAVE',
}
registerEnumType(DayOffKind, { name: 'DayOffKind', description: 'A national public holiday, or a decreed joint leave day (cuti bersama).' });

@ObjectType('ResponseClock', { description: 'One step an agency owes a problem, counted in working days in its time zone; public.' })
export class ResponseClockType {
  @Field(() => ResponseStep)
  step: ResponseStepValue;

  @Field(() => ResponseClockStatus)
  status: ClockStatus;

  @Field(() => Date)
  startedAt: Date;

  @Field(() => Date, { description: 'The end of the last working day allowed.' })
  dueAt: Date;

  @Field(() => Date, { nullable: true })
  metAt: Date | null;

  @Field(() => Int, { description: 'The working days allowed (the field check’s for a RESOLVE that needs one).' })
  workingDaysAllowed: number;

  @Field(() => Int, { nullable: true, description: 'The working days it took, once met.' })
  workingDaysTaken: number | null;

  @Field(() => Int, { description: 'Working days past the deadline (met late, or overdue so far); 0 when on time.' })
  workingDaysLate: number;

  @Field(() => Boolean, { description: 'RESOLVE only: an officer said it needs a check in the field.' })
  fieldCheck: boolean;

  @Field(() => String, { nullable: true })
  fieldCheckNote: string | null;
}

@ObjectType('ResponseStepRecord', { description: 'How one step of the response clocks was kept: an agency’s over its record’s window, or the figures of `stats`.' })
export class ResponseStepRecordType {
  @Field(() => ResponseStep)
  step: ResponseStepValue;

  @Field(() => Int, { description: 'Clocks started.' })
  started: number;

  @Field(() => Int, { description: 'Clocks stopped (acknowledged, answered, resolved), on time or late.' })
  met: number;

  @Field(() => Int, { description: 'Clocks met or past due.' })
  decided: number;

  @Field(() => Int, { description: 'Clocks met before their deadline.' })
  onTime: number;

  @Field(() => Float, { nullable: true, description: 'onTime / decided; null when none is decided.' })
  shareOnTime: number | null;

  @Field(() => Float, { nullable: true, description: 'The median working days taken by the clocks met.' })
  medianWorkingDays: number | null;
}

@ObjectType('ResponseRecord', { description: 'An agency’s public record of response clocks started in the last `days` days.' })
export class ResponseRecordType {
  @Field(() => Int)
  days: number;

  @Field(() => [ResponseStepRecordType])
  steps: ResponseStepRecordType[];
}

@ObjectType('ResponseDurations', { description: 'An agency’s durations in working days (the defaults until it sets its own).' })
export class ResponseDurationsType {
  @Field(() => Int)
  acknowledgeDays: number;

  @Field(() => Int)
  replyDays: number;

  @Field(() => Int)
  resolveDays: number;

  @Field(() => Int, { description: 'Resolving a problem that needs a check in the field.' })
  fieldCheckDays: number;
}

@ObjectType('DayOff', { description: 'A weekday that is not a working day.' })
export class DayOffType {
  @Field(() => String, { description: 'ISO date.' })
  date: string;

  @Field(() => String)
  name: string;

  @Field(() => DayOffKind)
  kind: DayOffKind;
}

@ObjectType('JointLeaveDay', { implements: Node, description: 'A decreed joint leave day (cuti bersama), added by a platform admin.' })
export class JointLeaveDayType extends Node {
  @Field(() => String, { description: 'ISO date.' })
  date: string;

  @Field(() => String)
  note: string;

  @Field(() => UserType, { nullable: true })
  addedBy: User | null;
}

@InputType()
export class AgencyInboxFilter {
  @Field(() => ID, { nullable: true })
  serviceId?: string | null;

  @Field(() => IdeaStatus, { nullable: true })
  status?: IdeaStatus | null;

  @Field(() => Boolean, { nullable: true, description: 'Only those with a clock past due.' })
  overdue?: boolean | null;
}

@InputType()
export class MarkOfficialReplyInput {
  @Field(() => ID)
  commentId: string;
}

@InputType()
export class RequireFieldCheckInput {
  @Field(() => ID)
  ideaId: string;

  @Field(() => String, { description: 'What must be checked in the field, and why.' })
  note: string;
}

@InputType()
export class UpdateResponseDurationsInput {
  @Field(() => ID)
  organizationId: string;

  @Field(() => Int)
  acknowledgeDays: number;

  @Field(() => Int)
  replyDays: number;

  @Field(() => Int)
  resolveDays: number;

  @Field(() => Int)
  fieldCheckDays: number;
}

@InputType()
export class AddJointLeaveDayInput {
  @Field(() => String, { description: 'ISO date, e.g. 2026-03-23.' })
  date: string;

  @Field(() => String, { description: 'The decree or occasion, e.g. "Cuti bersama Idul Fitri (SKB 3 Menteri)".' })
  note: string;
}

@InputType()
export class RemoveJointLeaveDayInput {
  @Field(() => ID)
  jointLeaveDayId: string;
}

@ObjectType()
export class MarkOfficialReplyPayload extends Payload {
  @Field(() => CommentType, { nullable: true })
  comment: Comment | null = null;
}

@ObjectType()
export class RequireFieldCheckPayload extends Payload {
  @Field(() => IdeaType, { nullable: true })
  idea: Idea | null = null;
}

@ObjectType()
export class UpdateResponseDurationsPayload extends Payload {
  @Field(() => ResponseDurationsType, { nullable: true })
  durations: ResponseDurationsType | null = null;
}

@ObjectType()
export class AddJointLeaveDayPayload extends Payload {
  @Field(() => JointLeaveDayType, { nullable: true })
  jointLeaveDay: object | null = null;
}

@ObjectType()
export class RemoveJointLeaveDayPayload extends Payload {
  @Field(() => String, { nullable: true, description: 'The date no longer a day off.' })
  date: string | null = null;
}
