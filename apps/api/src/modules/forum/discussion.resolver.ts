import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { PageArgs, findPage } from '../../core/connection.js';
import { idOfType } from '../../core/global-id.js';
import { toPayload } from '../../core/user-error.js';
import { commentCountLoader } from '../comments/comment.loaders.js';
import { commentPage } from '../comments/comment.resolver.js';
import { CommentConnection } from '../comments/comment.type.js';
import { followerCountLoader, viewerFollows } from '../follows/follow.loaders.js';
import { isModerator, visibleContentFilter } from '../moderation/moderatable-content.js';
import { Discussion } from './discussion.entity.js';
import {
  DiscussionCategory,
  DiscussionConnection,
  DiscussionPayload,
  DiscussionType,
  ModerateDiscussionInput,
  StartDiscussionInput,
} from './discussion.type.js';
import { findVisibleDiscussion } from './find-discussion.js';
import { moderateDiscussion } from './moderate-discussion.js';
import { startDiscussion } from './start-discussion.js';

@Resolver(() => DiscussionType)
export class DiscussionResolver {
  @Query(() => DiscussionConnection, { description: 'Forum threads: pinned first, then the most recently active.' })
  discussions(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('category', () => DiscussionCategory, { nullable: true }) category: DiscussionCategory | null,
    @Ctx() context: Context,
  ) {
    const where: FilterQuery<Discussion> = { $and: [category ? { category } : {}, visibleContentFilter<Discussion>(context)] };
    return findPage(
      context.em,
      Discussion,
      where,
      [{ property: 'pinned', direction: 'desc' }, { property: 'lastActivityAt', direction: 'desc' }, { property: 'id', direction: 'desc' }],
      page,
      { populate: ['author'] },
    );
  }

  @Query(() => DiscussionType, { nullable: true })
  discussion(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<Discussion | null> | null {
    const discussionId = idOfType(id, 'Discussion');
    return discussionId ? findVisibleDiscussion(context, discussionId) : null;
  }

  @FieldResolver(() => Boolean)
  locked(@Root() discussion: Discussion): boolean {
    return discussion.lockedAt !== null;
  }

  @FieldResolver(() => Boolean, { description: 'Hidden by a moderator: only moderators and its author see it.' })
  hidden(@Root() discussion: Discussion): boolean {
    return discussion.hiddenAt !== null;
  }

  @FieldResolver(() => Int)
  commentCount(@Root() discussion: Discussion, @Ctx() context: Context): Promise<number> {
    return commentCountLoader(context, 'Discussion').load(discussion.id);
  }

  @FieldResolver(() => CommentConnection)
  comments(@Root() discussion: Discussion, @Args(() => PageArgs) page: PageArgs, @Ctx() context: Context) {
    return commentPage(context, 'Discussion', discussion.id, page);
  }

  @FieldResolver(() => Boolean, { description: 'Signed in and the thread is not locked.' })
  viewerCanComment(@Root() discussion: Discussion, @Ctx() context: Context): boolean {
    return Boolean(context.viewer) && !discussion.lockedAt;
  }

  @FieldResolver(() => Boolean)
  viewerCanModerate(@Ctx() context: Context): boolean {
    return isModerator(context);
  }

  @FieldResolver(() => Boolean)
  viewerFollows(@Root() discussion: Discussion, @Ctx() context: Context): Promise<boolean> {
    return viewerFollows(context, 'Discussion', discussion.id);
  }

  @FieldResolver(() => Int)
  followerCount(@Root() discussion: Discussion, @Ctx() context: Context): Promise<number> {
    return followerCountLoader(context, 'Discussion').load(discussion.id);
  }

  @Mutation(() => DiscussionPayload, { description: 'Starts a forum thread in a category.' })
  startDiscussion(@Arg('input', () => StartDiscussionInput) input: StartDiscussionInput, @Ctx() context: Context) {
    return toPayload(DiscussionPayload, () => startDiscussion(context, input), (payload, discussion) => {
      payload.discussion = discussion;
    });
  }

  @Mutation(() => DiscussionPayload, { description: 'Moderators pin or lock a thread.' })
  moderateDiscussion(@Arg('input', () => ModerateDiscussionInput) input: ModerateDiscussionInput, @Ctx() context: Context) {
    return toPayload(DiscussionPayload, () => moderateDiscussion(context, input), (payload, discussion) => {
      payload.discussion = discussion;
    });
  }
}
