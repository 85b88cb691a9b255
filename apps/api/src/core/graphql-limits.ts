import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, visit, type DocumentNode, type GraphQLField, type GraphQLSchema, type ValidationRule } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { idListSize, pageSize } from './connection.js';
import { ErrorCode } from './errors.js';

/** Abuse limits for every operation, over HTTP and WebSocket alike. */
export const operationLimits = {
  maxDepth: 12,
  maxAliases: 20,
  maxDirectives: 20,
  maxTokens: 3000,
  /** Fields an operation may ask for, counting each page at its size (see `pagedFieldEstimator`). */
  maxCost: 10_000,
  /** Bytes of a request body or WebSocket message. */
  maxMessageBytes: 100 * 1024,
  subscriptionsPerSocket: 50,
} as const;

/**
 * armor's depth, alias and directive limits, as validation rules. Each refusal names the limit it hit and by how much:
 * the limits are public in the code anyway, and a client can fix its query. armor's token limit and suggestion masking
 * are Apollo plugins (the token plugin turned every syntax error into a 500, and neither reached the WebSocket): the
 * token limit is graphql-js's own `maxTokens` and suggestions are removed by the one error mask (core/mask-errors.ts).
 */
export function createArmor(): { validationRules: ValidationRule[] } {
  const armor = new ApolloArmor({
    maxDepth: { n: operationLimits.maxDepth, flattenFragments: true },
    maxAliases: { n: operationLimits.maxAliases },
    maxDirectives: { n: operationLimits.maxDirectives },
    maxTokens: { enabled: false },
    // graphql-armor's cost counts only a `first` written into the query: `operationCost` counts variables too.
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  });
  return { validationRules: armor.protect().validationRules };
}

/** How many items a field returns per parent: its page (`first`), its list of ids (`nodes(ids:)`), or one. */
function itemsAsked(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): number {
  if (field.args.some((argument) => argument.name === 'first')) return pageSize(args.first as number | null | undefined);
  if (Array.isArray(args.ids)) return idListSize(args.ids);
  return 1;
}

/**
 * A field costs one plus what it asks of each item, once per item it returns: a paginated field (one with a `first`
 * argument) asks it for each item of its page, whether `first` is written in the query or sent as a variable, and
 * `nodes(ids:)` for each id. The page size comes from the same rule the lists obey (`pageSize`), so a page the list would
 * refuse is refused here, before anything runs, and no field can weigh less than nothing.
 */
const pagedFieldEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => 1 + itemsAsked(field, args) * Math.max(0, childComplexity);

/** Costs already computed, by document (Apollo and the WebSocket reuse one parsed document per query text) and arguments. */
const knownCosts = new WeakMap<DocumentNode, Map<string, number>>();
/** Arguments remembered per document: enough for the few page sizes and ids a query is sent with at once. */
const knownCostsPerDocument = 64;
/** Longer arguments (a long list of ids) are not worth keeping: such operations are rare and cheap to walk. */
const knownCostKeyLength = 512;

const costVariablesByDocument = new WeakMap<DocumentNode, readonly string[]>();

/** The variables a cost can depend on: those written into a `first` or `ids` argument (see itemsAsked), anywhere in the document. */
function costVariables(document: DocumentNode): readonly string[] {
  let names = costVariablesByDocument.get(document);
  if (!names) {
    const found = new Set<string>();
    visit(document, {
      Argument(argument) {
        if (argument.name.value !== 'first' && argument.name.value !== 'ids') return;
        visit(argument.value, { Variable: (variable) => void found.add(variable.name.value) });
      },
    });
    names = [...found];
    costVariablesByDocument.set(document, names);
  }
  return names;
}

/**
 * What an operation costs: a pure function of the document and the variables its pages and id lists read, so thousands
 * of browsers opening the same subscription (or asking the same page, or voting on different ideas) walk it once.
 */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, variables?: Record<string, unknown> | null, operationName?: string | null): number {
  let costs = knownCosts.get(document);
  if (!costs) {
    costs = new Map();
    knownCosts.set(document, costs);
  }
  // A variable left out (its default applies) is not one sent as null.
  const read = costVariables(document).filter((name) => variables && name in variables);
  const key = JSON.stringify([operationName ?? null, Object.fromEntries(read.map((name) => [name, variables![name]]))]);
  const known = costs.get(key);
  if (known !== undefined) return known;
  const cost = getComplexity({ schema, query: document, variables: variables ?? undefined, operationName: operationName ?? undefined, estimators: [pagedFieldEstimator] });
  if (key.length <= knownCostKeyLength) {
    if (costs.size >= knownCostsPerDocument) costs.delete(costs.keys().next().value!);
    costs.set(key, cost);
  }
  return cost;
}

/**
 * The refusal of an operation that would cost more than the limit, or that asks for a page or list of ids out of
 * bounds, or whose variables cannot be read (execution would refuse them all the same), or null.
 */
export function costRefusal(schema: GraphQLSchema, document: DocumentNode, variables?: Record<string, unknown> | null, operationName?: string | null): GraphQLError | null {
  let cost: number;
  try {
    cost = operationCost(schema, document, variables, operationName);
  } catch (error) {
    if (error instanceof GraphQLError) return new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT', ...error.extensions, http: { status: 400 } } });
    throw error;
  }
  if (cost <= operationLimits.maxCost) return null;
  return new GraphQLError(
    `Query cost limit of ${operationLimits.maxCost} exceeded, found ${cost}: ask for fewer items per page (first) or fewer nested lists.`,
    { extensions: { code: ErrorCode.QueryTooCostly, http: { status: 400 } } },
  );
}
