import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * What an operation asks of a field's value, merged over aliases, fragments and type conditions. A field under
 * `@skip` or `@include` counts as asked, whatever the variables: asking for too much is always safe, and so the answer
 * depends on the document alone (see `cachedPerField`). Lets a list read only what its selection needs.
 */
export class Selection {
  private constructor(
    private readonly fields: readonly FieldNode[],
    private readonly fragments: GraphQLResolveInfo['fragments'],
  ) {}

  /** The selection of the field being resolved. */
  static of(info: GraphQLResolveInfo): Selection {
    return new Selection(info.fieldNodes, info.fragments);
  }

  /** The names of the fields selected (with `__typename`). */
  fieldNames(): Set<string> {
    return new Set(this.subFields(this.fields).map((field) => field.name.value));
  }

  /** The selection of a sub-field, `path` deep (e.g. `at('edges', 'node')` for a connection's nodes). */
  at(...path: string[]): Selection {
    let fields = this.fields;
    for (const name of path) fields = this.subFields(fields).filter((field) => field.name.value === name);
    return new Selection(fields, this.fragments);
  }

  private subFields(fields: readonly FieldNode[]): FieldNode[] {
    const found: FieldNode[] = [];
    const visit = (set: SelectionSetNode | undefined) => {
      for (const selection of set?.selections ?? []) {
        if (selection.kind === Kind.FIELD) found.push(selection);
        else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
        else visit(this.fragments[selection.name.value]?.selectionSet);
      }
    };
    for (const field of fields) visit(field.selectionSet);
    return found;
  }
}

/**
 * `work` out once for each field of each document (a parsed document is kept and handed back for the same query text,
 * so its nodes stand for it), as it depends on the document alone; a field merged from several nodes is worked out each time.
 */
export function cachedPerField<T>(cache: WeakMap<FieldNode, T>, info: GraphQLResolveInfo, work: (selection: Selection) => T): T {
  if (info.fieldNodes.length !== 1) return work(Selection.of(info));
  const [node] = info.fieldNodes;
  let value = cache.get(node);
  if (value === undefined) {
    value = work(Selection.of(info));
    cache.set(node, value);
  }
  return value;
}
