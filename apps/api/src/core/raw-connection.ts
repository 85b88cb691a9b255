import { ReferenceKind, type EntityClass, type EntityData, type EntityManager, type EntityProperty } from '@mikro-orm/postgresql';
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
    return made ? [new LazyEdge(made.node, made.cursorValues)] : [];
  });
  return connectionOf(edges, rows.length > limit, page, countAll);
}

/** An edge whose cursor is encoded only when asked for (a feed rarely asks for more than the page's last). */
class LazyEdge<TNode> {
  constructor(
    readonly node: TNode,
    private readonly cursorValues: unknown[],
  ) {}

  get cursor(): string {
    return encodeCursor(this.cursorValues);
  }
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

type RecordColumn = { property: string; column: string; read: (value: unknown) => unknown };
type RecordPlan = { key: string; columns: RecordColumn[]; references: EntityProperty[] };

const recordPlans = new Map<string, RecordPlan>();

/** How a row's columns become a record's properties, from the entity's metadata: the columns loading it reads (see selectColumns). */
function recordPlan(em: EntityManager, entity: EntityClass<object>): RecordPlan {
  let plan = recordPlans.get(entity.name);
  if (plan) return plan;
  const meta = em.getMetadata().get(entity.name);
  const platform = em.getPlatform();
  const selected = new Set(loadedColumns(em, entity));
  const columns: RecordColumn[] = [];
  for (const prop of meta.props) {
    // Unpersisted properties mapped to a selected column (a relation's key as a plain column) are filled in as loading does.
    if (prop.kind !== ReferenceKind.SCALAR || prop.lazy || prop.formula || !selected.has(prop.fieldNames[0])) continue;
    const { customType } = prop;
    const read =
      prop.runtimeType === 'Date'
        ? (value: unknown) => (value === null || value === undefined ? null : new Date(value as string))
        : customType
          ? (value: unknown) => (value === null || value === undefined ? null : customType.convertToJSValue(value, platform))
          : (value: unknown) => value;
    columns.push({ property: prop.name, column: prop.fieldNames[0], read });
  }
  const references = meta.props.filter((prop) => prop.kind === ReferenceKind.MANY_TO_ONE || (prop.kind === ReferenceKind.ONE_TO_ONE && prop.owner));
  plan = { key: meta.primaryKeys[0], columns, references };
  recordPlans.set(entity.name, plan);
  return plan;
}

/**
 * Plain records of hand-written SQL rows (ADR 012): each row's columns of an entity, selected with selectColumns under a
 * prefix, read into an object of `shape` (registered with registerNodeShape) with the entity's properties, by the
 * entity's metadata, so that its GraphQL type and field resolvers read it as they read the entity. Nothing is managed
 * (mapping through the identity map cost a feed page more than anything else). A to-one relation is the record given
 * in `related`, else a reference. One reader serves a page: the same row of the same entity is read once.
 */
export class RowRecords {
  private readonly records = new Map<string, object>();

  constructor(private readonly em: EntityManager) {}

  /** The record of `entity` whose columns `row` holds under `prefix`, or null when its key is null (an outer join found none). */
  read<TEntity extends object>(
    entity: EntityClass<TEntity>,
    shape: new () => object,
    row: Record<string, unknown>,
    prefix: string,
    related: Record<string, object | null> = {},
  ): TEntity | null {
    const plan = recordPlan(this.em, entity);
    const id = row[`${prefix}${plan.key}`];
    if (id === null || id === undefined) return null;
    const cacheKey = `${entity.name}:${String(id)}`;
    const known = this.records.get(cacheKey);
    if (known) return known as TEntity;
    const record = new shape() as Record<string, unknown>;
    for (const column of plan.columns) record[column.property] = column.read(row[`${prefix}${column.column}`]);
    for (const prop of plan.references) {
      if (prop.name in related) {
        record[prop.name] = related[prop.name];
      } else {
        const key = row[`${prefix}${prop.fieldNames[0]}`];
        record[prop.name] = key === null || key === undefined ? null : this.em.getReference(prop.type, key as string);
      }
    }
    this.records.set(cacheKey, record);
    return record as TEntity;
  }
}
