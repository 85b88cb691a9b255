import type { EntityManager, EntityName, EntityProperty, FilterQuery, FindOptions } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { isUuid } from './global-id.js';

export const maxPageSize = 100;
export const defaultPageSize = 20;

@ObjectType({ simpleResolvers: true, description: 'Where a page stands in its list.' })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage: boolean;

  @Field(() => Boolean)
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true })
  startCursor: string | null;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `How many items, at most ${maxPageSize}; ${defaultPageSize} when omitted.` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The cursor after which the page starts.' })
  after?: string | null;
}

type Edge<TNode> = { cursor: string; node: TNode };

export type ConnectionShape<TNode> = {
  edges: Edge<TNode>[];
  pageInfo: PageInfo;
  /** A getter: counted only when a client asks for it. */
  readonly totalCount: Promise<number>;
};

/**
 * Builds the Relay connection and edge types for one node type:
 * `@ObjectType() class IdeaConnection extends ConnectionType(IdeaType, 'Idea') {}`.
 */
export function ConnectionType<TNode extends object>(NodeClass: ClassType<TNode>, typeName: string) {
  @ObjectType(`${typeName}Edge`, { simpleResolvers: true })
  class EdgeType {
    @Field(() => String)
    cursor: string;

    @Field(() => NodeClass)
    node: TNode;
  }

  @ObjectType(`${typeName}ConnectionBase`, { simpleResolvers: true })
  abstract class ConnectionClass implements ConnectionShape<TNode> {
    @Field(() => [EdgeType])
    edges: Edge<TNode>[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'How many items the whole list holds.' })
    totalCount: Promise<number>;
  }
  return ConnectionClass;
}

export type SortKey<TEntity> = { property: keyof TEntity & string; direction: 'asc' | 'desc' };

/** A cursor holding the values of a row's sort keys (dates kept as dates). */
export function encodeCursor(values: unknown[]): string {
  const plain = values.map((value) => (value instanceof Date ? { date: value.toISOString() } : value));
  return Buffer.from(JSON.stringify(plain), 'utf8').toString('base64url');
}

/** What a cursor value may be at all: a real date, a finite number, text without NUL, a boolean or null. */
function isPlainValue(value: unknown): boolean {
  if (value instanceof Date) return !Number.isNaN(value.getTime());
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value === 'string') return !value.includes('\u0000');
  return value === null || typeof value === 'boolean';
}

/** The sort-key values in a cursor; a cursor that is malformed or that `isValid` rejects is BAD_USER_INPUT. */
export function decodeCursor(cursor: string, isValid: (values: unknown[]) => boolean): unknown[] {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (!Array.isArray(parsed)) throw new Error('not a list');
    const values = parsed.map((value) =>
      value && typeof value === 'object' && 'date' in value ? new Date(String((value as { date: string }).date)) : value,
    );
    if (!values.every(isPlainValue) || !isValid(values)) throw new Error('not this list');
    return values;
  } catch {
    throw new GraphQLError('The cursor given in "after" is not valid for this list.', {
      extensions: { code: 'BAD_USER_INPUT', argumentName: 'after' },
    });
  }
}

/**
 * The one rule for how many items a list may be asked for, shared by every list and by the query cost: `first` from 0
 * to 100 (20 when omitted). Anything else is refused, never clamped into a surprise (and a negative page must not
 * weigh less than nothing in the cost).
 */
export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return defaultPageSize;
  if (!Number.isInteger(first) || first < 0 || first > maxPageSize) {
    throw new GraphQLError(`"first" must be between 0 and ${maxPageSize}, not ${String(first)}.`, {
      extensions: { code: 'BAD_USER_INPUT', argumentName: 'first' },
    });
  }
  return first;
}

/** How many objects `nodes(ids:)` and the like are asked for: at most a page's worth. */
export function idListSize(ids: readonly unknown[]): number {
  if (ids.length > maxPageSize) {
    throw new GraphQLError(`"ids" may hold at most ${maxPageSize} ids, not ${ids.length}.`, {
      extensions: { code: 'BAD_USER_INPUT', argumentName: 'ids' },
    });
  }
  return ids.length;
}

/** The filter that selects the rows after a cursor under a multi-column order (a keyset "row comparison"). */
function afterCursorFilter<TEntity>(sort: SortKey<TEntity>[], values: unknown[]): FilterQuery<TEntity> {
  const alternatives = sort.map((key, index) => {
    const condition: Record<string, unknown> = {};
    for (let previous = 0; previous < index; previous += 1) condition[sort[previous].property] = values[previous];
    condition[key.property] = { [key.direction === 'asc' ? '$gt' : '$lt']: values[index] };
    return condition;
  });
  return { $or: alternatives } as FilterQuery<TEntity>;
}

/** Whether one cursor value can stand for a property (of its type per the ORM's metadata) in a comparison. */
function fitsProperty(value: unknown, property: EntityProperty | undefined): boolean {
  if (!property) return false;
  if (value === null) return Boolean(property.nullable);
  const type = String(property.runtimeType ?? property.type).toLowerCase();
  if (type === 'date') return value instanceof Date && !Number.isNaN(value.getTime());
  if (type === 'number') return typeof value === 'number' && Number.isFinite(value);
  if (type === 'boolean') return typeof value === 'boolean';
  if (typeof value !== 'string' || value.includes('\u0000')) return false;
  return property.columnTypes?.[0] === 'uuid' ? isUuid(value) : true;
}

/**
 * A cursor fits a list when it holds one value of the right type per sort key: anything else (another list's cursor,
 * a forged or damaged one) is the client's error, refused before any SQL is built from it.
 */
function cursorCheck<TEntity extends object>(em: EntityManager, entity: EntityName<TEntity>, sort: SortKey<TEntity>[]): (values: unknown[]) => boolean {
  const properties = em.getMetadata().get<TEntity>(entity as never).properties as Record<string, EntityProperty>;
  return (values) => values.length === sort.length && sort.every((key, index) => fitsProperty(values[index], properties[key.property]));
}

/**
 * One page of a keyset-paginated list: stable under inserts, a bounded number of statements.
 * The sort must end with a unique property (the id) so that every row has exactly one place.
 */
export async function findPage<TEntity extends object>(
  em: EntityManager,
  entity: EntityName<TEntity>,
  where: FilterQuery<TEntity>,
  sort: SortKey<TEntity>[],
  args: PageArgs,
  options: { populate?: readonly string[] } = {},
): Promise<ConnectionShape<TEntity>> {
  const limit = pageSize(args.first);
  const filter = args.after
    ? ({ $and: [where, afterCursorFilter(sort, decodeCursor(args.after, cursorCheck(em, entity, sort)))] } as FilterQuery<TEntity>)
    : where;
  const orderBy = Object.fromEntries(sort.map((key) => [key.property, key.direction])) as FindOptions<TEntity>['orderBy'];
  const rows =
    limit === 0
      ? []
      : await em.find(entity, filter, { ...options, orderBy, limit: limit + 1 } as FindOptions<TEntity, never>);
  const edges = (rows.slice(0, limit) as TEntity[]).map((node) => ({
    node,
    cursor: encodeCursor(sort.map((key) => (node as Record<string, unknown>)[key.property])),
  }));
  return connectionOf(edges, rows.length > limit, args, () => em.count(entity, where));
}

/** A page's connection from its edges; the total is counted only when a client asks for it. */
export function connectionOf<TNode>(
  edges: { cursor: string; node: TNode }[],
  hasNextPage: boolean,
  args: PageArgs,
  countAll: () => Promise<number>,
): ConnectionShape<TNode> {
  let total: Promise<number> | undefined;
  return {
    edges,
    // Read from the edges only when asked for: an edge may encode its cursor lazily (rawConnection).
    pageInfo: {
      hasNextPage,
      hasPreviousPage: Boolean(args.after),
      get startCursor() {
        return edges[0]?.cursor ?? null;
      },
      get endCursor() {
        return edges.at(-1)?.cursor ?? null;
      },
    },
    get totalCount() {
      return (total ??= countAll());
    },
  };
}
