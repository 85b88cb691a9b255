import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { PageArgs, findPage } from '../../core/connection.js';
import { containsText } from '../../core/text-filter.js';
import { toPayload } from '../../core/user-error.js';
import { User } from '../accounts/user.entity.js';
import { authorize } from './administration.permissions.js';
import { PeopleFilter, PersonConnection, SetPlatformRoleInput, SetPlatformRolePayload } from './administration.type.js';
import { setPlatformRole } from './set-platform-role.js';

@Resolver()
export class AdministrationResolver {
  @Query(() => PersonConnection, { description: 'Platform admins: people with an account, by name, to find whom to grant a role.' })
  people(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => PeopleFilter, { nullable: true }) filter: PeopleFilter | null,
    @Ctx() context: Context,
  ) {
    authorize(context, 'findPeople');
    const where: FilterQuery<User> = { deletedAt: null };
    if (filter?.platformRole) where.platformRole = filter.platformRole;
    if (filter?.text?.trim()) where.$or = [{ displayName: containsText(filter.text) }, { email: containsText(filter.text) }];
    return findPage(context.em, User, where, [{ property: 'displayName', direction: 'asc' }, { property: 'id', direction: 'asc' }], page);
  }

  @Mutation(() => SetPlatformRolePayload, { description: 'Grants or revokes MODERATOR or ADMIN (platform admins; the last admin stays), audited.' })
  setPlatformRole(@Arg('input', () => SetPlatformRoleInput) input: SetPlatformRoleInput, @Ctx() context: Context) {
    return toPayload(SetPlatformRolePayload, () => setPlatformRole(context, input), (payload, user) => {
      payload.user = user;
    });
  }
}
