import { GraphQLError, Kind, visit, type DocumentNode, type ValueNode } from 'graphql';
import type { OperationRequest } from './operation-guard.js';

/** PostgreSQL cannot store it in text, and no person types it: refused in every argument, whatever the field. */
const nulCharacter = '\u0000';

function refusal(where: string, field: string): GraphQLError {
  return new GraphQLError(`${where} contains the NUL character (\\u0000), which no text may hold: remove it.`, {
    extensions: { code: 'BAD_USER_INPUT', field, http: { status: 400 } },
  });
}

/** The path (e.g. "input.title") of the first string holding a NUL in a variable's value, or null. */
function pathOfNulInValue(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes(nulCharacter) ? path : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = pathOfNulInValue(item, `${path}.${index}`);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key.includes(nulCharacter)) return `${path}.${key}`;
      const found = pathOfNulInValue(item, `${path}.${key}`);
      if (found) return found;
    }
  }
  return null;
}

function pathOfNulInLiteral(node: ValueNode, path: string): string | null {
  if (node.kind === Kind.STRING) return node.value.includes(nulCharacter) ? path : null;
  if (node.kind === Kind.LIST) {
    for (const [index, item] of node.values.entries()) {
      const found = pathOfNulInLiteral(item, `${path}.${index}`);
      if (found) return found;
    }
  }
  if (node.kind === Kind.OBJECT) {
    for (const field of node.fields) {
      const found = pathOfNulInLiteral(field.value, `${path}.${field.name.value}`);
      if (found) return found;
    }
  }
  return null;
}

/** The refusal for a NUL in a text argument written in the document itself, found once per parsed document. */
const literalRefusals = new WeakMap<DocumentNode, GraphQLError | null>();

function literalRefusal(document: DocumentNode): GraphQLError | null {
  if (literalRefusals.has(document)) return literalRefusals.get(document)!;
  let found: GraphQLError | null = null;
  visit(document, {
    Argument(node) {
      const path = found ? null : pathOfNulInLiteral(node.value, node.name.value);
      if (path) found = refusal(`The argument "${path}"`, path);
    },
  });
  literalRefusals.set(document, found);
  return found;
}

/**
 * The refusal of an operation whose text arguments (written in the query or sent as variables) hold a NUL, naming the
 * argument or input field, or null. Checked once per operation for every field, instead of in each use case; the
 * document's own arguments once per parsed document (thousands of subscriptions share one).
 */
export function textRefusal(request: OperationRequest): GraphQLError | null {
  for (const [name, value] of Object.entries(request.variables ?? {})) {
    const path = pathOfNulInValue(value, name);
    if (path) return refusal(`Variable "$${name}" at "${path}"`, path);
  }
  return literalRefusal(request.document);
}
