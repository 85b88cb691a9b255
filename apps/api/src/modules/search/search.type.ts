import { Field, Float, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../core/connection.js';
import { Node } from '../../core/node.js';

@ObjectType('SearchHit', { description: 'An idea, a discussion or an organisation matching a search, with its rank.' })
export class SearchHitType {
  @Field(() => Node)
  node: object;

  @Field(() => Float, { description: 'Full-text rank: higher matches better (title words weigh more than body words).' })
  rank: number;
}

@ObjectType()
export class SearchHitConnection extends ConnectionType(SearchHitType, 'SearchHit') {}
