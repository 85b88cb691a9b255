import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { toPayload } from '../../core/user-error.js';
import type { Organization } from '../organizations/organization.entity.js';
import { OrganizationType } from '../organizations/organization.type.js';
import { follow, unfollow } from './follow.js';
import { followerCountLoader, viewerFollows } from './follow.loaders.js';
import { FollowInput, FollowPayload } from './follow.type.js';

@Resolver()
export class FollowResolver {
  @Mutation(() => FollowPayload, { description: 'Follows an idea, a discussion or an organisation, to hear of its changes.' })
  follow(@Arg('input', () => FollowInput) input: FollowInput, @Ctx() context: Context) {
    return toPayload(FollowPayload, () => follow(context, input), (payload, subject) => {
      payload.subject = subject;
      payload.following = true;
    });
  }

  @Mutation(() => FollowPayload)
  unfollow(@Arg('input', () => FollowInput) input: FollowInput, @Ctx() context: Context) {
    return toPayload(FollowPayload, () => unfollow(context, input), (payload, subject) => {
      payload.subject = subject;
      payload.following = false;
    });
  }
}

@Resolver(() => OrganizationType)
export class OrganizationFollowResolver {
  @FieldResolver(() => Boolean)
  viewerFollows(@Root() organization: Organization, @Ctx() context: Context): Promise<boolean> {
    return viewerFollows(context, 'Organization', organization.id);
  }

  @FieldResolver(() => Int)
  followerCount(@Root() organization: Organization, @Ctx() context: Context): Promise<number> {
    return followerCountLoader(context, 'Organization').load(organization.id);
  }
}
