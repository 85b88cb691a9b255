import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray, type PubSub } from 'type-graphql';
import { NodeIdResolver, NodeQueryResolver } from './core/node.js';
import { createInProcessPubSub } from './core/pubsub.js';
import { modules } from './modules.js';

/** Every resolver of every module, in one schema. Without a pubsub (emitting the schema file) subscriptions get an idle one. */
export function createSchema(pubsub: PubSub = createInProcessPubSub()): Promise<GraphQLSchema> {
  const resolvers = [NodeQueryResolver, NodeIdResolver, ...modules.flatMap((module) => module.resolvers)] as unknown as NonEmptyArray<Function>;
  return buildSchema({
    resolvers,
    pubSub: pubsub,
    validate: false,
    emitSchemaFile: false,
  });
}
