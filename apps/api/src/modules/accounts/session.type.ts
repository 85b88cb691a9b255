import { Field, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../core/connection.js';
import { Node } from '../../core/node.js';

@ObjectType('Session', { implements: Node, description: 'A signed-in browser or script of the viewer.' })
export class SessionType extends Node {
  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { description: 'Accurate to a few minutes.' })
  lastUsedAt: Date;

  @Field(() => Date)
  expiresAt: Date;
}

@ObjectType()
export class SessionConnection extends ConnectionType(SessionType, 'Session') {}
