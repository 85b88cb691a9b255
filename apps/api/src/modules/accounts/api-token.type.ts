import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType } from '../../core/connection.js';
import { Node } from '../../core/node.js';

export enum ApiTokenScope {
  READ = 'READ',
  WRITE = 'WRITE',
}
registerEnumType(ApiTokenScope, { name: 'ApiTokenScope', description: 'READ runs queries and subscriptions; WRITE runs mutations.' });

@ObjectType('ApiToken', { implements: Node, description: 'A long-lived credential acting as its owner within its scopes.' })
export class ApiTokenType extends Node {
  @Field(() => String)
  name: string;

  @Field(() => [ApiTokenScope])
  scopes: ApiTokenScope[];

  @Field(() => Date)
  expiresAt: Date;

  @Field(() => Date, { nullable: true, description: 'Accurate to a few minutes.' })
  lastUsedAt: Date | null;

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType()
export class ApiTokenConnection extends ConnectionType(ApiTokenType, 'ApiToken') {}
