import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import type { User } from '../accounts/user.entity.js';
import { UserType } from '../accounts/user.type.js';
import { unreadCount } from './unread-count.js';

/** What the signed-in person learns about their own notifications wherever they are asked for as a User. */
@Resolver(() => UserType)
export class ViewerNotificationsResolver {
  @FieldResolver(() => Int, {
    nullable: true,
    description: "How many of the person's notifications are unread; only for the signed-in person themselves (null for anyone else), so that a page's `viewer` brings it along.",
  })
  unreadNotificationCount(@Root() user: User, @Ctx() context: Context): Promise<number> | null {
    return context.viewer?.id === user.id ? unreadCount(context.em, user.id) : null;
  }
}
