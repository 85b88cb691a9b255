import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { requirePlatformRole } from '../../core/authorization.js';
import { PageArgs, findPage } from '../../core/connection.js';
import { fromGlobalId, toGlobalId } from '../../core/global-id.js';
import { toPayload } from '../../core/user-error.js';
import { actorAndPeriodWhere } from '../audit/index.js';
import { moderateContent } from './moderate-content.js';
import { ModerationAction } from './moderation-action.entity.js';
import { moderationQueue } from './moderation-queue.js';
import {
  ModerateContentInput,
  ModerateContentPayload,
  ModerationActionConnection,
  ModerationActionType,
  ModerationLogFilter,
  ReportContentInput,
  ReportContentPayload,
  ReportedContentConnection,
} from './moderation.type.js';
import { reportContent } from './report-content.js';

@Resolver(() => ModerationActionType)
export class ModerationResolver {
  @Query(() => ReportedContentConnection, { description: 'Moderators: reported items with their open reports, the most recently reported first.' })
  moderationQueue(@Args(() => PageArgs) page: PageArgs, @Ctx() context: Context) {
    requirePlatformRole(context, 'MODERATOR');
    return moderationQueue(context, page);
  }

  @Query(() => ModerationActionConnection, { description: 'Moderators: the moderation log, newest first, of everything or of one item.' })
  moderationLog(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('subjectId', () => ID, { nullable: true }) subjectId: string | null,
    @Arg('filter', () => ModerationLogFilter, { nullable: true }) filter: ModerationLogFilter | null,
    @Ctx() context: Context,
  ) {
    requirePlatformRole(context, 'MODERATOR');
    const parsed = subjectId ? fromGlobalId(subjectId) : null;
    const where = (filter ? actorAndPeriodWhere(filter, 'moderator') : {}) as FilterQuery<ModerationAction> & Record<string, unknown>;
    if (subjectId) Object.assign(where, { subjectType: parsed?.typeName ?? '', subjectId: parsed?.id ?? '00000000-0000-0000-0000-000000000000' });
    if (filter?.decision) where.decision = filter.decision;
    return findPage(context.em, ModerationAction, where, [{ property: 'createdAt', direction: 'desc' }, { property: 'id', direction: 'desc' }], page, {
      populate: ['moderator'],
    });
  }

  @FieldResolver(() => ID)
  subjectId(@Root() action: ModerationAction): string {
    return toGlobalId(action.subjectType, action.subjectId);
  }

  @Mutation(() => ReportContentPayload, { description: 'Reports an idea, a discussion or a comment to the moderators.' })
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
}
