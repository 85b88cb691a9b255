import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Node } from '../../core/node.js';
import { Payload } from '../../core/user-error.js';

@InputType()
export class FollowInput {
  @Field(() => ID, { description: 'An idea, a discussion or an organisation.' })
  subjectId: string;
}

@ObjectType()
export class FollowPayload extends Payload {
  @Field(() => Node, { nullable: true, description: 'What was followed or unfollowed.' })
  subject: object | null = null;

  @Field(() => Boolean, { description: 'Whether the viewer now follows it.' })
  following: boolean = false;
}
