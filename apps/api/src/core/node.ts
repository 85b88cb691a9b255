import { Arg, Ctx, Field, FieldResolver, ID, InterfaceType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { idListSize, maxPageSize } from './connection.js';
import { fromGlobalId, toGlobalId } from './global-id.js';

type EntityClass = abstract new (...args: never[]) => { id: string };

type NodeRegistration = {
  typeName: string;
  entity: EntityClass;
  /** Loads the object if the viewer may see it, else null. */
  load: (context: Context, id: string) => Promise<object | null>;
};

const registrations = new Map<string, NodeRegistration>();
const typeNameByEntity = new Map<EntityClass, string>();

export function registerNode(registration: NodeRegistration): void {
  registrations.set(registration.typeName, registration);
  typeNameByEntity.set(registration.entity, registration.typeName);
}

/** A class of plain read models (not entities) that resolves as the node type of the same name, e.g. a feed's rows. */
export function registerNodeShape(shape: EntityClass, typeName: string): void {
  typeNameByEntity.set(shape, typeName);
}

export function nodeTypeName(value: object): string | undefined {
  let prototype = Object.getPrototypeOf(value) as { constructor: EntityClass } | null;
  while (prototype) {
    const typeName = typeNameByEntity.get(prototype.constructor);
    if (typeName) return typeName;
    prototype = Object.getPrototypeOf(prototype) as { constructor: EntityClass } | null;
  }
  return undefined;
}

export function globalIdOf(value: { id: string }): string {
  const typeName = nodeTypeName(value);
  if (!typeName) throw new Error(`No node type registered for ${value.constructor.name}`);
  return toGlobalId(typeName, value.id);
}

@InterfaceType('Node', {
  description: 'An object with a global ID, fetchable with `node(id:)`.',
  resolveType: (value: object) => nodeTypeName(value),
})
export abstract class Node {
  @Field(() => ID, { description: 'Opaque global ID.' })
  id: string;
}

@Resolver(() => Node)
export class NodeIdResolver {
  @FieldResolver(() => ID)
  id(@Root() root: { id: string }): string {
    return globalIdOf(root);
  }
}

/**
 * The object of a kind by its id if the viewer may see it, else null: each kind's one visibility rule, the same for
 * `node`, `nodes` and every other path that hands out an object by kind and id (reports, notifications...).
 */
export async function findVisibleNode(context: Context, typeName: string, id: string): Promise<object | null> {
  const registration = registrations.get(typeName);
  return registration ? registration.load(context, id) : null;
}

function loadNode(context: Context, globalId: string): Promise<object | null> {
  const parsed = fromGlobalId(globalId);
  return parsed ? findVisibleNode(context, parsed.typeName, parsed.id) : Promise.resolve(null);
}

@Resolver()
export class NodeQueryResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its global ID, if it exists and the viewer may see it.' })
  node(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<object | null> {
    return loadNode(context, id);
  }

  @Query(() => [Node], { nullable: 'items', description: `Objects by global ID, in the same order; null where not found. At most ${maxPageSize}.` })
  nodes(@Arg('ids', () => [ID]) ids: string[], @Ctx() context: Context): Promise<(object | null)[]> {
    idListSize(ids);
    return Promise.all(ids.map((id) => loadNode(context, id)));
  }
}
