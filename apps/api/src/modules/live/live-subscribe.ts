import {
  createSourceEventStream,
  execute,
  getNamedType,
  getOperationAST,
  isAbstractType,
  isCompositeType,
  isObjectType,
  print,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import type { Context } from '../../context.js';
import { createDeliveryTurns } from './delivery-turns.js';
import { takePublicView, takesPublicView } from './live-context.js';
import { publicScopeOf, transformEvents } from './live-events.js';

/**
 * A few hundred sends a turn: each takes microseconds, so a slice stays within a few milliseconds of the event loop and
 * an HTTP request waits for at most one slice at each of its steps.
 */
const deliveryTurn = createDeliveryTurns(250);

/** Per event object: the results already rendered for the subscribers who take the public view, by operation. */
const rendered = new WeakMap<object, Map<string, Promise<ExecutionResult>>>();

function renderOnce(event: object, operationKey: string, render: () => Promise<ExecutionResult>): Promise<ExecutionResult> {
  let results = rendered.get(event);
  if (!results) {
    results = new Map();
    rendered.set(event, results);
  }
  let result = results.get(operationKey);
  if (!result) {
    result = render();
    results.set(operationKey, result);
  }
  return result;
}

/**
 * Whether a selection reaches a field whose answer depends on who asks: by the schema's convention, the `viewer…`
 * fields (viewerHasVoted, viewerCanEdit, viewerFollows...).
 */
function selectsViewerFields(schema: GraphQLSchema, type: GraphQLCompositeType, selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, seen: Set<string>): boolean {
  return selectionSet.selections.some((selection) => {
    if (selection.kind === 'FragmentSpread') {
      const fragment = fragments.get(selection.name.value);
      if (!fragment || seen.has(fragment.name.value)) return false;
      seen.add(fragment.name.value);
      const on = schema.getType(fragment.typeCondition.name.value);
      return isCompositeType(on) && selectsViewerFields(schema, on, fragment.selectionSet, fragments, seen);
    }
    if (selection.kind === 'InlineFragment') {
      const on = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
      return isCompositeType(on) && selectsViewerFields(schema, on, selection.selectionSet, fragments, seen);
    }
    const name = selection.name.value;
    if (name.startsWith('viewer')) return true;
    if (!selection.selectionSet) return false;
    // On an abstract type the field's own type is found on any implementation (the schema validated it).
    const owners = isAbstractType(type) ? schema.getPossibleTypes(type) : isObjectType(type) ? [type] : [];
    const field = owners.map((owner) => owner.getFields()[name]).find(Boolean);
    const fieldType = field ? getNamedType(field.type) : undefined;
    return isCompositeType(fieldType) && selectsViewerFields(schema, fieldType, selection.selectionSet, fragments, seen);
  });
}

type DocumentFacts = { publicView: boolean; printed: string };

/** What each validated document (shared between the subscriptions of one query text, see server.ts) says once for all. */
const documentFacts = new WeakMap<DocumentNode, DocumentFacts>();

function factsOf(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined): DocumentFacts {
  let facts = documentFacts.get(document);
  if (!facts) {
    const operation = getOperationAST(document, operationName);
    const root = schema.getSubscriptionType();
    const fragments = new Map(document.definitions.flatMap((definition) => (definition.kind === 'FragmentDefinition' ? [[definition.name.value, definition] as const] : [])));
    const publicView = Boolean(operation && root) && !selectsViewerFields(schema, root!, operation!.selectionSet, fragments, new Set());
    facts = { publicView, printed: print(document) };
    documentFacts.set(document, facts);
  }
  return facts;
}

/**
 * graphql-js `subscribe`, except that the subscribers who take the public view of an event (anonymous ones, and
 * signed-in ones whose operation selects no `viewer…` field) and whose object the public may see get one rendered
 * result between them for the same operation and variables: it is the same answer for all of them, and an event for
 * 10,000 of them is then executed once instead of 10,000 times. The others are executed each with their own context.
 */
export async function subscribeLive(args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const context = args.contextValue as Context;
  const facts = factsOf(args.schema, args.document, args.operationName);
  if (facts.publicView) takePublicView(context);
  const stream = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in stream)) return stream;
  const operationKey = JSON.stringify([facts.printed, args.operationName ?? null, args.variableValues ?? null]);
  return transformEvents(stream, async (event: unknown) => {
    const scope = takesPublicView(context) ? publicScopeOf(event) : undefined;
    const result = await (scope
      ? renderOnce(event as object, operationKey, () => execute({ ...args, rootValue: event, contextValue: scope.anonymous }) as Promise<ExecutionResult>)
      : (execute({ ...args, rootValue: event }) as Promise<ExecutionResult>));
    await deliveryTurn();
    return result;
  });
}
