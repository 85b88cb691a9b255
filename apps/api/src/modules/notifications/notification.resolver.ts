import { Arg, Args, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { requireViewer } from '../../core/authorization.js';
import { PageArgs, findPage } from '../../core/connection.js';
import { toGlobalId } from '../../core/global-id.js';
import { toPayload } from '../../core/user-error.js';
import { markNotificationsRead } from './mark-notifications-read.js';
import { notificationSettings, updateNotificationSettings } from './notification-settings.js';
import { Notification } from './notification.entity.js';
import {
  MarkNotificationsReadInput,
  MarkNotificationsReadPayload,
  NotificationConnection,
  NotificationSettingType,
  NotificationType,
  UpdateNotificationSettingsInput,
  UpdateNotificationSettingsPayload,
} from './notification.type.js';
import { unreadCount } from './unread-count.js';

@ObjectType('NotificationList', { description: 'The viewer\'s notifications, newest first, and how many are unread.' })
export class NotificationListType extends NotificationConnection {
  @Field(() => Int)
  unreadCount: number;
}

@Resolver(() => NotificationType)
export class NotificationResolver {
  @Query(() => NotificationListType, { description: 'The viewer\'s notifications, newest first.' })
  async notifications(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('unreadOnly', () => Boolean, { nullable: true, defaultValue: false }) unreadOnly: boolean,
    @Ctx() context: Context,
  ) {
    const viewer = requireViewer(context);
    const where = unreadOnly ? { recipient: viewer.id, readAt: null } : { recipient: viewer.id };
    const connection = await findPage(context.em, Notification, where, [{ property: 'createdAt', direction: 'desc' }, { property: 'id', direction: 'desc' }], page, {
      populate: ['actor'],
    });
    return Object.defineProperty(connection, 'unreadCount', { get: () => unreadCount(context.em, viewer.id) });
  }

  @Query(() => [NotificationSettingType], { description: 'How the viewer gets each kind of notification.' })
  notificationSettings(@Ctx() context: Context): Promise<NotificationSettingType[]> {
    return notificationSettings(context);
  }

  @Mutation(() => MarkNotificationsReadPayload)
  markNotificationsRead(@Arg('input', () => MarkNotificationsReadInput) input: MarkNotificationsReadInput, @Ctx() context: Context) {
    return toPayload(MarkNotificationsReadPayload, () => markNotificationsRead(context, input), (payload, result) => Object.assign(payload, result));
  }

  @Mutation(() => UpdateNotificationSettingsPayload)
  updateNotificationSettings(@Arg('input', () => UpdateNotificationSettingsInput) input: UpdateNotificationSettingsInput, @Ctx() context: Context) {
    return toPayload(UpdateNotificationSettingsPayload, () => updateNotificationSettings(context, input), (payload, settings) => {
      payload.settings = settings;
    });
  }

  @FieldResolver(() => Boolean)
  read(@Root() notification: Notification): boolean {
    return notification.readAt !== null;
  }

  @FieldResolver(() => ID, { description: 'The global id of what it is about, to link to it.' })
  subjectId(@Root() notification: Notification): string {
    return toGlobalId(notification.subjectType, notification.subjectId);
  }
}
