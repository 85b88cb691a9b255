import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { PageArgs } from '../../core/connection.js';
import { idOfType, toGlobalId } from '../../core/global-id.js';
import { toPayload } from '../../core/user-error.js';
import type { User } from '../accounts/user.entity.js';
import { UserType } from '../accounts/user.type.js';
import { commentCountLoader } from '../comments/comment.loaders.js';
import { commentPage } from '../comments/comment.resolver.js';
import { CommentConnection } from '../comments/comment.type.js';
import { followerCountLoader, viewerFollows } from '../follows/follow.loaders.js';
import type { Organization } from '../organizations/organization.entity.js';
import { OrganizationType } from '../organizations/organization.type.js';
import { editIdea } from './edit-idea.js';
import { findVisibleIdea } from './find-idea.js';
import type { Idea } from './idea.entity.js';
import { ideaPage } from './idea-page.js';
import { connectionReadsOf } from './idea-reads.js';
import { IdeaRecord } from './idea-record.js';
import { EditIdeaInput, IdeaConnection, IdeaFilter, IdeaOrder, IdeaPayload, IdeaType, PostIdeaInput, ReviewIdeaInput, VoteIdeaInput } from './idea.type.js';
import { can, viewerHasVoted } from './ideas.permissions.js';
import { postIdea } from './post-idea.js';
import { reviewIdea } from './review-idea.js';
import { maxSimilarIdeas, similarIdeas } from './similar-ideas.js';
import { unvoteIdea } from './unvote-idea.js';
import { voteIdea } from './vote-idea.js';

function ideaPayload(run: () => Promise<Idea>) {
  return toPayload(IdeaPayload, run, (payload, idea) => {
    payload.idea = idea;
  });
}

@Resolver(() => IdeaType)
export class IdeaResolver {
  @Query(() => IdeaConnection, { description: 'The idea feed: filtered, newest, most voted or hot first.' })
  ideas(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('orderBy', () => IdeaOrder, { nullable: true, defaultValue: IdeaOrder.NEW }) orderBy: IdeaOrder,
    @Arg('filter', () => IdeaFilter, { nullable: true }) filter: IdeaFilter | null,
    @Ctx() context: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ideaPage(context, filter, orderBy, page, undefined, connectionReadsOf(info));
  }

  @Query(() => IdeaType, { nullable: true, description: 'An idea, or null if it does not exist or is hidden from the viewer.' })
  idea(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<Idea | null> | null {
    const ideaId = idOfType(id, 'Idea');
    return ideaId ? findVisibleIdea(context, ideaId) : null;
  }

  @Query(() => [IdeaType], {
    description: `Ideas like the one being written (its title, and its body so far), most similar first (at most ${maxSimilarIdeas}): shown while writing one, to head off duplicates.`,
  })
  similarIdeas(
    @Arg('text', () => String, { description: 'The title as typed so far.' }) text: string,
    @Arg('body', () => String, { nullable: true, description: 'The body as typed so far.' }) body: string | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 5 }) first: number,
    @Ctx() context: Context,
  ): Promise<Idea[]> {
    return similarIdeas(context, { title: text, body: body ?? '' }, first);
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The innovation it became or joined.' })
  innovationId(@Root() idea: Idea): string | null {
    return idea.innovationId ? toGlobalId('Innovation', idea.innovationId) : null;
  }

  @FieldResolver(() => IdeaType, { nullable: true, description: 'The idea this one was merged into; null when that one is hidden from the viewer.' })
  mergedInto(@Root() idea: Idea, @Ctx() context: Context): Promise<Idea | null> | null {
    return idea.mergedInto ? findVisibleIdea(context, idea.mergedInto.id) : null;
  }

  @FieldResolver(() => Boolean, { description: 'Hidden by a moderator: only moderators and its author see it.' })
  hidden(@Root() idea: Idea): boolean {
    return idea.hiddenAt !== null;
  }

  @FieldResolver(() => Int, { description: 'Visible comments in its thread.' })
  commentCount(@Root() idea: Idea | IdeaRecord, @Ctx() context: Context): number | Promise<number> {
    // A value at hand keeps the whole page's execution synchronous (no promise per idea).
    return (idea instanceof IdeaRecord ? idea.commentCount : undefined) ?? commentCountLoader(context, 'Idea').load(idea.id);
  }

  @FieldResolver(() => CommentConnection, { description: 'Its comment thread, depth-first.' })
  comments(@Root() idea: Idea, @Args(() => PageArgs) page: PageArgs, @Ctx() context: Context) {
    return commentPage(context, 'Idea', idea.id, page);
  }

  @FieldResolver(() => Boolean)
  viewerHasVoted(@Root() idea: Idea | IdeaRecord, @Ctx() context: Context): boolean | Promise<boolean> {
    return (idea instanceof IdeaRecord ? idea.viewerHasVoted : undefined) ?? viewerHasVoted(context, idea as Idea);
  }

  @FieldResolver(() => Boolean, { description: 'Signed in, not voted yet, and the idea still takes votes.' })
  viewerCanVote(@Root() idea: Idea, @Ctx() context: Context): Promise<boolean> {
    return can(context, 'vote', idea);
  }

  @FieldResolver(() => Boolean)
  viewerCanEdit(@Root() idea: Idea, @Ctx() context: Context): Promise<boolean> {
    return can(context, 'edit', idea);
  }

  @FieldResolver(() => Boolean, { description: "An officer of the addressed agency (or a platform admin), while it is undecided." })
  viewerCanReview(@Root() idea: Idea, @Ctx() context: Context): Promise<boolean> {
    return can(context, 'review', idea);
  }

  @FieldResolver(() => Boolean, { description: 'Signed in: anyone who can see an idea may comment on it.' })
  viewerCanComment(@Ctx() context: Context): boolean {
    return context.viewerId !== null;
  }

  @FieldResolver(() => Boolean)
  viewerFollows(@Root() idea: Idea, @Ctx() context: Context): Promise<boolean> {
    return viewerFollows(context, 'Idea', idea.id);
  }

  @FieldResolver(() => Int)
  followerCount(@Root() idea: Idea, @Ctx() context: Context): Promise<number> {
    return followerCountLoader(context, 'Idea').load(idea.id);
  }

  @Mutation(() => IdeaPayload, { description: 'Posts a problem or a solution.' })
  postIdea(@Arg('input', () => PostIdeaInput) input: PostIdeaInput, @Ctx() context: Context) {
    return ideaPayload(() => postIdea(context, input));
  }

  @Mutation(() => IdeaPayload, { description: 'Its author edits an idea while it is open.' })
  editIdea(@Arg('input', () => EditIdeaInput) input: EditIdeaInput, @Ctx() context: Context) {
    return ideaPayload(() => editIdea(context, input));
  }

  @Mutation(() => IdeaPayload, { description: 'Votes for an idea (once per person).' })
  voteIdea(@Arg('input', () => VoteIdeaInput) input: VoteIdeaInput, @Ctx() context: Context) {
    return ideaPayload(() => voteIdea(context, input));
  }

  @Mutation(() => IdeaPayload, { description: 'Takes a vote back.' })
  unvoteIdea(@Arg('input', () => VoteIdeaInput) input: VoteIdeaInput, @Ctx() context: Context) {
    return ideaPayload(() => unvoteIdea(context, input));
  }

  @Mutation(() => IdeaPayload, { description: "The addressed agency's officers: under review, declined (with a public reason) or merged into another idea." })
  reviewIdea(@Arg('input', () => ReviewIdeaInput) input: ReviewIdeaInput, @Ctx() context: Context) {
    return ideaPayload(() => reviewIdea(context, input));
  }
}

@Resolver(() => UserType)
export class UserIdeasResolver {
  @FieldResolver(() => IdeaConnection, { description: 'The ideas the person posted.' })
  ideas(
    @Root() user: User,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('orderBy', () => IdeaOrder, { nullable: true, defaultValue: IdeaOrder.NEW }) orderBy: IdeaOrder,
    @Ctx() context: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ideaPage(context, null, orderBy, page, { author: user.id }, connectionReadsOf(info));
  }
}

@Resolver(() => OrganizationType)
export class OrganizationIdeasResolver {
  @FieldResolver(() => IdeaConnection, { description: 'Ideas posted on behalf of the organisation or, for an agency, addressed to it.' })
  ideas(
    @Root() organization: Organization,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('orderBy', () => IdeaOrder, { nullable: true, defaultValue: IdeaOrder.NEW }) orderBy: IdeaOrder,
    @Ctx() context: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ideaPage(context, null, orderBy, page, { organizationOrAgency: organization.id }, connectionReadsOf(info));
  }
}
