import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType } from '../../core/connection.js';
import { Node } from '../../core/node.js';
import { Payload } from '../../core/user-error.js';
import { UserType } from '../accounts/user.type.js';
import type { User } from '../accounts/user.entity.js';
import type { Discussion } from './discussion.entity.js';

export enum DiscussionCategory {
  GENERAL = 'GENERAL',
  PUBLIC_SERVICES = 'PUBLIC_SERVICES',
  INNOVATION = 'INNOVATION',
  DIGITAL = 'DIGITAL',
  HELP = 'HELP',
}
registerEnumType(DiscussionCategory, { name: 'DiscussionCategory', description: 'The forum sections.' });

@ObjectType('Discussion', { implements: Node, description: 'A forum thread.' })
export class DiscussionType extends Node {
  @Field(() => DiscussionCategory)
  category: DiscussionCategory;

  @Field(() => String)
  title: string;

  @Field(() => String, { description: 'The markdown as written.' })
  body: string;

  @Field(() => String, { description: 'The markdown rendered to sanitised HTML.' })
  bodyHtml: string;

  @Field(() => UserType)
  author: User;

  @Field(() => Boolean, { description: 'Pinned threads are listed first.' })
  pinned: boolean;

  @Field(() => Date, { nullable: true, description: 'A locked thread takes no new comments.' })
  lockedAt: Date | null;

  @Field(() => Date)
  lastActivityAt: Date;

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType()
export class DiscussionConnection extends ConnectionType(DiscussionType, 'Discussion') {}

@InputType()
export class StartDiscussionInput {
  @Field(() => DiscussionCategory)
  category: DiscussionCategory;

  @Field(() => String)
  title: string;

  @Field(() => String, { description: 'Markdown.' })
  body: string;
}

@InputType()
export class ModerateDiscussionInput {
  @Field(() => ID)
  discussionId: string;

  @Field(() => Boolean, { nullable: true })
  pinned?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  locked?: boolean | null;

  @Field(() => String, { description: 'Why, kept in the audit log.' })
  reason: string;
}

@ObjectType()
export class DiscussionPayload extends Payload {
  @Field(() => DiscussionType, { nullable: true })
  discussion: Discussion | null = null;
}
