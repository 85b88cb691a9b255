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
