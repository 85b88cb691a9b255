import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { hasPlatformRole } from '../../core/authorization.js';
import { Locale, UserType } from './user.type.js';
import type { User } from './user.entity.js';

const deletedName = 'Pengguna terhapus';

@Resolver(() => UserType)
export class UserResolver {
  @Query(() => UserType, { nullable: true, description: 'The signed-in person, or null.' })
  viewer(@Ctx() context: Context): User | null {
    return context.viewer;
  }

  @FieldResolver(() => String)
  displayName(@Root() user: User): string {
    return user.deletedAt ? deletedName : user.displayName;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Only the person and platform admins see it.' })
  email(@Root() user: User, @Ctx() context: Context): string | null {
    return context.viewer?.id === user.id || hasPlatformRole(context.viewer, 'ADMIN') ? user.email : null;
  }

  @FieldResolver(() => Locale, { nullable: true, description: 'Only the person sees it.' })
  locale(@Root() user: User, @Ctx() context: Context): string | null {
    return context.viewer?.id === user.id ? user.locale : null;
  }

  @FieldResolver(() => Boolean)
  isViewer(@Root() user: User, @Ctx() context: Context): boolean {
    return context.viewer?.id === user.id;
  }
}
