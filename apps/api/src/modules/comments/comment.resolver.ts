import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { PageArgs, findPage } from '../../core/connection.js';
import { toGlobalId } from '../../core/global-id.js';
import { globalIdOf } from '../../core/node.js';
import { toPayload } from '../../core/user-error.js';
import { UserType } from '../accounts/user.type.js';
import type { User } from '../accounts/user.entity.js';
import { canSeeContent, visibleContentFilter } from '../moderation/moderatable-content.js';
import { addComment } from './add-comment.js';
import { Comment } from './comment.entity.js';
import { AddCommentInput, CommentConnection, CommentPayload, CommentType, DeleteCommentInput, EditCommentInput } from './comment.type.js';
import { findCommentable } from './commentables.js';
import { can } from './comments.permissions.js';
import { deleteComment } from './delete-comment.js';
import { editComment } from './edit-comment.js';

/** A subject's thread, depth-first and oldest first, without what the viewer may not see. */
export function commentPage(context: Context, subjectType: string, subjectId: string, page: PageArgs) {
  const where: FilterQuery<Comment> = { $and: [{ subjectType, subjectId }, visibleContentFilter<Comment>(context)] };
  return findPage(context.em, Comment, where, [{ property: 'threadPath', direction: 'asc' }, { property: 'id', direction: 'asc' }], page, {
    populate: ['author'],
  });
}

function showsText(context: Context, comment: Comment): boolean {
  return !comment.deletedAt && canSeeContent(context, comment);
}

@Resolver(() => CommentType)
export class CommentResolver {
  @Query(() => CommentConnection, { nullable: true, description: 'The comment thread of an idea, a discussion or another commentable; null if the viewer cannot see it.' })
  async comments(@Arg('subjectId', () => ID) subjectId: string, @Args(() => PageArgs) page: PageArgs, @Ctx() context: Context) {
    const found = await findCommentable(context, subjectId);
    return found ? commentPage(context, found.registration.typeName, found.id, page) : null;
  }

  @FieldResolver(() => ID, { description: 'The global id of what is commented on.' })
  subjectId(@Root() comment: Comment): string {
    return toGlobalId(comment.subjectType, comment.subjectId);
  }

  @FieldResolver(() => String, {
    description: "Where it stands in its subject's thread: the thread is this key's order (depth-first); a new comment goes between the comments whose keys surround its own.",
  })
  threadPosition(@Root() comment: Comment): string {
    return comment.threadPath;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The comment this one replies to.' })
  parentId(@Root() comment: Comment): string | null {
    return comment.parent ? globalIdOf(comment.parent) : null;
  }

  @FieldResolver(() => UserType, { nullable: true, description: 'Null once the comment is deleted.' })
  author(@Root() comment: Comment): User | null {
    return comment.deletedAt ? null : comment.author;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The markdown as written; null once deleted.' })
  body(@Root() comment: Comment, @Ctx() context: Context): string | null {
    return showsText(context, comment) ? comment.body : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The markdown rendered to sanitised HTML; null once deleted.' })
  bodyHtml(@Root() comment: Comment, @Ctx() context: Context): string | null {
    return showsText(context, comment) ? comment.bodyHtml : null;
  }

  @FieldResolver(() => Boolean)
  edited(@Root() comment: Comment): boolean {
    return comment.editedAt !== null;
  }

  @FieldResolver(() => Boolean)
  deleted(@Root() comment: Comment): boolean {
    return comment.deletedAt !== null;
  }

  @FieldResolver(() => Boolean, { description: 'Hidden by a moderator: only moderators and its author see it.' })
  hidden(@Root() comment: Comment): boolean {
    return comment.hiddenAt !== null;
  }

  @FieldResolver(() => Boolean)
  viewerCanEdit(@Root() comment: Comment, @Ctx() context: Context): boolean {
    return can(context, 'edit', comment);
  }

  @FieldResolver(() => Boolean)
  viewerCanDelete(@Root() comment: Comment, @Ctx() context: Context): boolean {
    return can(context, 'delete', comment);
  }

  @Mutation(() => CommentPayload, { description: 'Comments on a subject, or replies to a comment.' })
  addComment(@Arg('input', () => AddCommentInput) input: AddCommentInput, @Ctx() context: Context) {
    return toPayload(CommentPayload, () => addComment(context, input), (payload, comment) => {
      payload.comment = comment;
    });
  }

  @Mutation(() => CommentPayload, { description: 'Its author rewrites a comment (shown as edited).' })
  editComment(@Arg('input', () => EditCommentInput) input: EditCommentInput, @Ctx() context: Context) {
    return toPayload(CommentPayload, () => editComment(context, input), (payload, comment) => {
      payload.comment = comment;
    });
  }

  @Mutation(() => CommentPayload, { description: 'Its author or a moderator deletes a comment; a placeholder stays in the thread.' })
  deleteComment(@Arg('input', () => DeleteCommentInput) input: DeleteCommentInput, @Ctx() context: Context) {
    return toPayload(CommentPayload, () => deleteComment(context, input), (payload, comment) => {
      payload.comment = comment;
    });
  }
}
