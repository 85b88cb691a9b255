import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { PageArgs, findPage } from '../../core/connection.js';
import { fromGlobalId, toGlobalId } from '../../core/global-id.js';
import { toPayload } from '../../core/user-error.js';
import { actorAndPeriodWhere } from '../audit/index.js';
import { moderateContent } from './moderate-content.js';
import { ModerationAction } from './moderation-action.entity.js';
import { moderationQueue } from './moderation-queue.js';
import { moderationSettings, updateModerationSettings } from './moderation-settings.js';
import { authorize } from './moderation.permissions.js';
import {
  ModerateContentInput,
  ModerateContentPayload,
  ModerationActionConnection,
  ModerationActionType,
  ModerationLogFilter,
  ModerationSettingsPayload,
  ModerationSettingsType,
  ReportContentInput,
  ReportContentPayload,
  ReportedContentConnection,
  SuspendAccountInput,
  SuspendAccountPayload,
  UpdateModerationSettingsInput,
} from './moderation.type.js';
import { reportContent } from './report-content.js';
import { suspendAccount } from './suspend-account.js';

@Resolver(() => ModerationActionType)
export class ModerationResolver {
  @Query(() => ReportedContentConnection, { description: 'Moderators: reported items with their open reports, the most recently reported first.' })
  moderationQueue(@Args(() => PageArgs) page: PageArgs, @Ctx() context: Context) {
    authorize(context, 'readQueue');
    return moderationQueue(context, page);
  }

  @Query(() => ModerationActionConnection, { description: 'Moderators: the moderation log, newest first, of everything or of one item or person.' })
  moderationLog(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('subjectId', () => ID, { nullable: true }) subjectId: string | null,
    @Arg('filter', () => ModerationLogFilter, { nullable: true }) filter: ModerationLogFilter | null,
    @Ctx() context: Context,
  ) {
    authorize(context, 'readQueue');
    const parsed = subjectId ? fromGlobalId(subjectId) : null;
    const where = (filter ? actorAndPeriodWhere(filter, 'moderator') : {}) as FilterQuery<ModerationAction> & Record<string, unknown>;
    if (subjectId) Object.assign(where, { subjectType: parsed?.typeName ?? '', subjectId: parsed?.id ?? '00000000-0000-0000-0000-000000000000' });
    if (filter?.decision) where.decision = filter.decision;
    return findPage(context.em, ModerationAction, where, [{ property: 'createdAt', direction: 'desc' }, { property: 'id', direction: 'desc' }], page, {
      populate: ['moderator'],
    });
  }

  @Query(() => ModerationSettingsType, { description: 'Moderators and admins: the platform’s moderation settings.' })
  moderationSettings(@Ctx() context: Context) {
    authorize(context, 'readSettings');
    return moderationSettings(context.em);
  }

  @FieldResolver(() => ID)
  subjectId(@Root() action: ModerationAction): string {
    return toGlobalId(action.subjectType, action.subjectId);
  }

  @Mutation(() => ReportContentPayload, { description: 'Reports content to the moderators, once per person; enough distinct reports hide it until a moderator decides.' })
  reportContent(@Arg('input', () => ReportContentInput) input: ReportContentInput, @Ctx() context: Context) {
    return toPayload(ReportContentPayload, () => reportContent(context, input), (payload, subject) => {
      payload.subject = subject;
    });
  }

  @Mutation(() => ModerateContentPayload, { description: 'Moderators hide or restore one item or many at once, with a reason.' })
  moderateContent(@Arg('input', () => ModerateContentInput) input: ModerateContentInput, @Ctx() context: Context) {
    return toPayload(ModerateContentPayload, () => moderateContent(context, input), (payload, subjects) => {
      payload.subjects = subjects;
    });
  }

  @Mutation(() => SuspendAccountPayload, { description: 'Moderators suspend an account for some days, with a reason: its sessions end and it cannot sign in until then.' })
  suspendAccount(@Arg('input', () => SuspendAccountInput) input: SuspendAccountInput, @Ctx() context: Context) {
    return toPayload(SuspendAccountPayload, () => suspendAccount(context, input), (payload, user) => {
      payload.user = user;
      payload.suspendedUntil = user.suspendedUntil;
    });
  }

  @Mutation(() => ModerationSettingsPayload, { description: 'Admins change the platform’s moderation settings (the report threshold).' })
  updateModerationSettings(@Arg('input', () => UpdateModerationSettingsInput) input: UpdateModerationSettingsInput, @Ctx() context: Context) {
    return toPayload(ModerationSettingsPayload, () => updateModerationSettings(context, input), (payload, settings) => {
      payload.settings = settings;
    });
  }
}
