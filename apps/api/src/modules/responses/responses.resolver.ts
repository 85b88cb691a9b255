import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { PageArgs } from '../../core/connection.js';
import { toPayload } from '../../core/user-error.js';
import { CommentType, findVisibleComment, type Comment } from '../comments/index.js';
import { Idea, IdeaConnection, IdeaType } from '../ideas/index.js';
import { OrganizationType, type Organization } from '../organizations/index.js';
import { agencyInbox } from './agency-inbox.js';
import { addJointLeaveDay, daysOff, jointLeaveDaysOf, removeJointLeaveDay } from './joint-leave-days.js';
import { markOfficialReply } from './mark-official-reply.js';
import { OfficialReply } from './official-reply.entity.js';
import { requireFieldCheck } from './require-field-check.js';
import { responseDurationsOf, updateResponseDurations } from './response-durations.js';
import { recordDays, responseRecord } from './response-record.js';
import { clocksLoader, officialReplyOfLoader, viewOf, type ClockView } from './response.loaders.js';
import { authorize, can } from './responses.permissions.js';
import {
  AddJointLeaveDayInput,
  AddJointLeaveDayPayload,
  AgencyInboxFilter,
  DayOffType,
  JointLeaveDayType,
  MarkOfficialReplyInput,
  MarkOfficialReplyPayload,
  RemoveJointLeaveDayInput,
  RemoveJointLeaveDayPayload,
  RequireFieldCheckInput,
  RequireFieldCheckPayload,
  ResponseClockType,
  ResponseDurationsType,
  ResponseRecordType,
  UpdateResponseDurationsInput,
  UpdateResponseDurationsPayload,
} from './responses.type.js';

/** The official replies pinned under an idea: at most this many, the earliest first. */
const pinnedReplies = 5;

@Resolver(() => IdeaType)
export class IdeaResponsesResolver {
  @FieldResolver(() => [ResponseClockType], { description: 'Its response clocks (a problem addressed to an agency): public.' })
  async responseClocks(@Root() idea: Idea, @Ctx() context: Context): Promise<ClockView[]> {
    const clocks = await clocksLoader(context).load(idea.id);
    return Promise.all(clocks.map((clock) => viewOf(context, clock)));
  }

  @FieldResolver(() => [CommentType], { description: 'The addressed agency’s official replies, pinned under it, the earliest first.' })
  async officialReplies(@Root() idea: Idea, @Ctx() context: Context): Promise<Comment[]> {
    const replies = await context.em.find(OfficialReply, { idea: idea.id }, { orderBy: { createdAt: 'asc' }, limit: pinnedReplies });
    const comments = await Promise.all(replies.map((reply) => findVisibleComment(context, reply.comment.id)));
    return comments.filter((comment): comment is Comment => comment !== null && !comment.deletedAt);
  }

  @FieldResolver(() => Boolean, { description: 'The viewer is an officer of the addressed agency: may require a field check and mark official replies.' })
  viewerCanRespond(@Root() idea: Idea, @Ctx() context: Context): Promise<boolean> {
    return can(context, 'respond', { agency: idea.agency });
  }
}

@Resolver(() => CommentType)
export class CommentOfficialReplyResolver {
  @FieldResolver(() => OrganizationType, { nullable: true, description: 'The agency whose official reply this comment is.' })
  officialReplyOf(@Root() comment: Comment, @Ctx() context: Context): Promise<Organization | null> {
    return officialReplyOfLoader(context).load(comment.id);
  }

  @FieldResolver(() => Boolean, { description: 'The viewer may mark it as the official reply of the agency the idea is addressed to.' })
  async viewerCanMarkOfficialReply(@Root() comment: Comment, @Ctx() context: Context): Promise<boolean> {
    if (!context.viewer || comment.subjectType !== 'Idea' || comment.deletedAt || !comment.author) return false;
    const idea = await context.em.findOne(Idea, { id: comment.subjectId }, { populate: ['agency'] });
    if (!idea?.agency || (await officialReplyOfLoader(context).load(comment.id))) return false;
    return can(context, 'markOfficialReply', { agency: idea.agency, commentAuthorId: comment.author.id });
  }
}

@Resolver(() => OrganizationType)
export class OrganizationResponsesResolver {
  @FieldResolver(() => IdeaConnection, { description: 'Its officers only: the problems addressed to it with clocks, what is due first first.' })
  async inbox(
    @Root() organization: Organization,
    @Arg('filter', () => AgencyInboxFilter, { nullable: true }) filter: AgencyInboxFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: Context,
  ) {
    await authorize(context, 'readInbox', { agency: organization });
    return agencyInbox(context, organization, filter ?? {}, page);
  }

  @FieldResolver(() => Boolean)
  viewerCanReadInbox(@Root() organization: Organization, @Ctx() context: Context): Promise<boolean> {
    return can(context, 'readInbox', { agency: organization });
  }

  @FieldResolver(() => Boolean, { description: 'The viewer may change its response durations (its owners and admins).' })
  viewerCanConfigureResponses(@Root() organization: Organization, @Ctx() context: Context): Promise<boolean> {
    return can(context, 'configure', { agency: organization });
  }

  @FieldResolver(() => ResponseRecordType, { description: 'Its public record of response clocks started in the last 90 days.' })
  async responseRecord(@Root() organization: Organization, @Ctx() context: Context): Promise<ResponseRecordType> {
    return { days: recordDays, steps: await responseRecord(context.em, organization.id) };
  }

  @FieldResolver(() => ResponseDurationsType)
  responseDurations(@Root() organization: Organization, @Ctx() context: Context) {
    return responseDurationsOf(context.em, organization.id);
  }
}

@Resolver(() => JointLeaveDayType)
export class ResponsesResolver {
  @Query(() => [DayOffType], { description: 'The weekdays of a year that are no working days: national holidays and decreed joint leave days.' })
  daysOff(@Arg('year', () => Int) year: number, @Ctx() context: Context) {
    return daysOff(context.em, clampYear(year));
  }

  @Query(() => [JointLeaveDayType], { description: 'Platform admins: the joint leave days decreed for a year.' })
  async jointLeaveDays(@Arg('year', () => Int) year: number, @Ctx() context: Context) {
    await authorize(context, 'manageJointLeave', {});
    return jointLeaveDaysOf(context.em, clampYear(year));
  }

  @Mutation(() => MarkOfficialReplyPayload, { description: 'An officer of the addressed agency marks a comment by one of its officers as the agency’s official reply.' })
  markOfficialReply(@Arg('input', () => MarkOfficialReplyInput) input: MarkOfficialReplyInput, @Ctx() context: Context) {
    return toPayload(MarkOfficialReplyPayload, () => markOfficialReply(context, input), (payload, comment) => {
      payload.comment = comment;
    });
  }

  @Mutation(() => RequireFieldCheckPayload, { description: 'An officer of the addressed agency says resolving needs a check in the field: the longer duration applies.' })
  requireFieldCheck(@Arg('input', () => RequireFieldCheckInput) input: RequireFieldCheckInput, @Ctx() context: Context) {
    return toPayload(RequireFieldCheckPayload, () => requireFieldCheck(context, input), (payload, idea) => {
      payload.idea = idea;
    });
  }

  @Mutation(() => UpdateResponseDurationsPayload, { description: 'An agency’s owners and admins set its durations in working days, for clocks started afterwards.' })
  updateResponseDurations(@Arg('input', () => UpdateResponseDurationsInput) input: UpdateResponseDurationsInput, @Ctx() context: Context) {
    return toPayload(UpdateResponseDurationsPayload, () => updateResponseDurations(context, input), (payload, { durations }) => {
      payload.durations = durations;
    });
  }

  @Mutation(() => AddJointLeaveDayPayload, { description: 'Platform admins add a decreed joint leave day; open clocks over it are due a working day later.' })
  addJointLeaveDay(@Arg('input', () => AddJointLeaveDayInput) input: AddJointLeaveDayInput, @Ctx() context: Context) {
    return toPayload(AddJointLeaveDayPayload, () => addJointLeaveDay(context, input), (payload, day) => {
      payload.jointLeaveDay = day;
    });
  }

  @Mutation(() => RemoveJointLeaveDayPayload, { description: 'Platform admins remove a joint leave day.' })
  removeJointLeaveDay(@Arg('input', () => RemoveJointLeaveDayInput) input: RemoveJointLeaveDayInput, @Ctx() context: Context) {
    return toPayload(RemoveJointLeaveDayPayload, () => removeJointLeaveDay(context, input), (payload, date) => {
      payload.date = date;
    });
  }
}

/** Years the holiday library and the calendar hold sensibly. */
function clampYear(year: number): number {
  return Math.min(2100, Math.max(2000, year));
}
