import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../core/connection.js';
import { Node } from '../../core/node.js';
import { Payload } from '../../core/user-error.js';
import type { Comment } from './comment.entity.js';

@ObjectType('Comment', { implements: Node, description: 'A comment in a thread; deleted comments stay as a placeholder so replies keep their place.' })
export class CommentType extends Node {
  @Field(() => Int, { description: '0 for a comment on the subject itself, 1 for a reply, and so on.' })
  depth: number;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When its author last edited it.' })
  editedAt: Date | null;
}

@ObjectType()
export class CommentConnection extends ConnectionType(CommentType, 'Comment') {}

@InputType()
export class AddCommentInput {
  @Field(() => ID, { description: 'What is commented on: an idea, a discussion (or later an innovation, proposal or course).' })
  subjectId: string;

  @Field(() => ID, { nullable: true, description: 'The comment this one replies to.' })
  parentId?: string | null;

  @Field(() => String, { description: 'Markdown.' })
  body: string;
}

@InputType()
export class EditCommentInput {
  @Field(() => ID)
  commentId: string;

  @Field(() => String, { description: 'Markdown.' })
  body: string;
}

@InputType()
export class DeleteCommentInput {
  @Field(() => ID)
  commentId: string;
}

@ObjectType()
export class CommentPayload extends Payload {
  @Field(() => CommentType, { nullable: true })
  comment: Comment | null = null;
}
