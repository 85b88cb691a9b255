import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';

/**
 * What an operation asks of a field's value, merged over aliases, fragments and type conditions (asking for too much is
 * always safe; fields skipped by `@skip`/`@include` are left out). Lets a list read only what its selection needs.
 */
export class Selection {
  private constructor(private readonly trees: readonly ResolveTree[]) {}

  /** The selection of the field being resolved. */
  static of(info: GraphQLResolveInfo): Selection {
    const tree = parseResolveInfo(info) as ResolveTree | null;
    return new Selection(tree ? [tree] : []);
  }

  /** The names of the fields selected (without `__typename`). */
  fieldNames(): Set<string> {
    const names = new Set<string>();
    for (const tree of this.trees) for (const fields of Object.values(tree.fieldsByTypeName)) for (const field of Object.values(fields)) names.add(field.name);
    return names;
  }

  /** The selection of a sub-field, `path` deep (e.g. `at('edges', 'node')` for a connection's nodes). */
  at(...path: string[]): Selection {
    let trees = this.trees;
    for (const name of path) {
      trees = trees.flatMap((tree) => Object.values(tree.fieldsByTypeName).flatMap((fields) => Object.values(fields).filter((field) => field.name === name)));
    }
    return new Selection(trees);
  }
}
