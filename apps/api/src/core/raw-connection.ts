import { ReferenceKind, type EntityClass, type EntityData, type EntityManager } from '@mikro-orm/postgresql';
import { connectionOf, encodeCursor, type ConnectionShape, type PageArgs } from './connection.js';

/**
 * Keyset connections over rows that hand-written SQL returns (grouped or unioned lists that findPage cannot express).
 * The SQL fetches `limit + 1` rows after the cursor (read with `decodeCursor`), in the order whose values it holds.
 */
export function rawConnection<TRow, TNode>(
  rows: TRow[],
  limit: number,
  page: PageArgs,
  edge: (row: TRow) => { cursorValues: unknown[]; node: TNode } | null,
  countAll: () => Promise<number>,
): ConnectionShape<TNode> {
  const edges = rows.slice(0, limit).flatMap((row) => {
    const made = edge(row);
    return made ? [{ cursor: encodeCursor(made.cursorValues), node: made.node }] : [];
  });
  return connectionOf(edges, rows.length > limit, page, countAll);
}

/** `columns` of the table under `alias`, each renamed `prefix + column`. */
export function prefixedColumns(columns: readonly string[], alias: string, prefix: string): string {
  return columns.map((column) => `"${alias}"."${column}" as "${prefix}${column}"`).join(', ');
}

const columnLists = new Map<string, string>();

/** The columns loading an entity reads (its eager scalar and owning-side reference columns), from `alias`, each renamed `prefix + column`. */
export function selectColumns(em: EntityManager, entity: EntityClass<object>, alias: string, prefix: string): string {
  const key = `${entity.name}.${alias}.${prefix}`;
  let list = columnLists.get(key);
  if (list === undefined) {
    list = prefixedColumns(loadedColumns(em, entity), alias, prefix);
    columnLists.set(key, list);
  }
  return list;
}

const loadedColumnsByEntity = new Map<string, string[]>();

function loadedColumns(em: EntityManager, entity: EntityClass<object>): string[] {
  let columns = loadedColumnsByEntity.get(entity.name);
  if (!columns) {
    columns = readColumns(em, entity);
    loadedColumnsByEntity.set(entity.name, columns);
  }
  return columns;
}

function readColumns(em: EntityManager, entity: EntityClass<object>): string[] {
  return em
    .getMetadata()
    .get(entity.name)
    .props.filter((prop) => !prop.lazy && prop.persist !== false && !prop.formula && (prop.kind === ReferenceKind.SCALAR || prop.kind === ReferenceKind.MANY_TO_ONE || (prop.kind === ReferenceKind.ONE_TO_ONE && prop.owner)))
    .flatMap((prop) => prop.fieldNames);
}

/** The managed entity whose columns a row holds under `prefix` (see selectColumns), or null when its key is null (an outer join found none). */
export function mapPrefixed<TEntity extends object>(em: EntityManager, entity: EntityClass<TEntity>, row: Record<string, unknown>, prefix: string): TEntity | null {
  if (row[`${prefix}id`] === null || row[`${prefix}id`] === undefined) return null;
  const data: Record<string, unknown> = {};
  for (const column of loadedColumns(em, entity)) data[column] = row[`${prefix}${column}`];
  return em.map(entity, data as EntityData<TEntity>);
}
