import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType } from '../../core/connection.js';
import { Node } from '../../core/node.js';

export enum SearchKind {
  IDEA = 'IDEA',
  DISCUSSION = 'DISCUSSION',
  INNOVATION = 'INNOVATION',
  COURSE = 'COURSE',
  SERVICE = 'SERVICE',
  ORGANIZATION = 'ORGANIZATION',
  SURVEY = 'SURVEY',
}
registerEnumType(SearchKind, { name: 'SearchKind', description: 'What a search hit is.' });

@ObjectType('SearchHit', { description: 'Something matching a search, with its kind and rank.' })
export class SearchHitType {
  @Field(() => SearchKind)
  kind: SearchKind;

  @Field(() => Node)
  node: object;

  @Field(() => Float, { description: 'Full-text rank: higher matches better (title words weigh more than body words).' })
  rank: number;
}

@ObjectType()
export class SearchHitConnection extends ConnectionType(SearchHitType, 'SearchHit') {
  @Field(() => String, {
    nullable: true,
    description: 'When nothing matches: the query with each unknown word replaced by the nearest known one, if that finds something.',
  })
  /** A getter: worked out only when a client asks for it. */
  readonly didYouMean: Promise<string | null>;
}
