import { GraphQLError } from 'graphql';
import type { ConnectionShape, PageArgs } from './connection.js';

/**
 * Keyset connections over rows that hand-written SQL returns (grouped or unioned lists that findPage cannot express).
 * The SQL fetches `limit + 1` rows after the decoded cursor, in the order whose values the cursor holds.
 */
export function decodeRawCursor(cursor: string, isValid: (values: unknown[]) => boolean): unknown[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (!Array.isArray(values) || !isValid(values)) throw new Error('cursor');
    return values;
  } catch {
    throw new GraphQLError('The cursor given in "after" is not valid for this list.', { extensions: { code: 'BAD_USER_INPUT', argumentName: 'after' } });
  }
}

export function rawConnection<TRow, TNode>(
  rows: TRow[],
  limit: number,
  page: PageArgs,
  edge: (row: TRow) => { cursorValues: unknown[]; node: TNode } | null,
  countAll: () => Promise<number>,
): ConnectionShape<TNode> {
  const edges = rows.slice(0, limit).flatMap((row) => {
    const made = edge(row);
    return made ? [{ cursor: Buffer.from(JSON.stringify(made.cursorValues), 'utf8').toString('base64url'), node: made.node }] : [];
  });
  let total: Promise<number> | undefined;
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > limit, hasPreviousPage: Boolean(page.after), startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
    get totalCount() {
      return (total ??= countAll());
    },
  };
}

export const isUuid = (value: unknown): boolean => typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
