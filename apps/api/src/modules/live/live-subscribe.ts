import {
  createSourceEventStream,
  execute,
  getNamedType,
  getOperationAST,
  isAbstractType,
  isCompositeType,
  GraphQLError,
  isObjectType,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import type { Context } from '../../context.js';
import type { EventPayloads } from '../../core/events.js';
import { subscriptionQueueLimit, tooSlowError, type Topic } from '../../core/pubsub.js';
import { createDeliveryTurns } from './delivery-turns.js';
import { eventScope, renewForEvent, takePublicView, takesPublicView } from './live-context.js';
import { LiveStream, loadInScope } from './live-events.js';

/**
 * About four milliseconds of sends a turn (a few hundred sockets on a quiet machine, fewer on a busy one): a request
 * that arrives during a fan-out waits for at most one turn at each of its steps.
 */
const deliverInTurns = createDeliveryTurns(4);

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

type DocumentFacts = { publicView: boolean; key: number };

/** What each validated document (shared between the subscriptions of one query text, see server.ts) says once for all. */
const documentFacts = new WeakMap<DocumentNode, DocumentFacts>();
let documentsSeen = 0;

function factsOf(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined): DocumentFacts {
  let facts = documentFacts.get(document);
  if (!facts) {
    const operation = getOperationAST(document, operationName);
    const root = schema.getSubscriptionType();
    const fragments = new Map(document.definitions.flatMap((definition) => (definition.kind === 'FragmentDefinition' ? [[definition.name.value, definition] as const] : [])));
    const publicView = Boolean(operation && root) && !selectsViewerFields(schema, root!, operation!.selectionSet, fragments, new Set());
    documentsSeen += 1;
    facts = { publicView, key: documentsSeen };
    documentFacts.set(document, facts);
  }
  return facts;
}

/** Where a subscription's events go: graphql-transport-ws `next` messages of its id, on its socket. */
export type LiveTarget = {
  id: string;
  send(message: string): void;
  /** The result as the client may see it (errors masked), ready to be serialised. */
  format(result: ExecutionResult): unknown;
};

const targets = new WeakMap<Context, LiveTarget>();

/** Says where the subscription of `context` (one WebSocket operation's, see createLiveContext) delivers its events. */
export function deliverTo(context: Context, target: LiveTarget): void {
  targets.set(context, target);
}

/** An event's message for one subscription, or null when it has nothing to send; undefined until it is known. */
type Pending = { json: string | null | undefined };

/** The public rendering of one event for the subscriptions of one operation and variables: serialised once for all. */
type SharedRendering = Pending & { members: LiveSubscription[] };

/** Per event payload (every subscription of the process receives the same object): its shared renderings, by key. */
const renderings = new WeakMap<object, Map<string, SharedRendering>>();

/**
 * One live subscription, pushed to rather than read: the pub/sub calls it with each event of its topic, it joins the
 * event's shared rendering (or renders its own), and its messages go to its socket in event order. The subscription
 * costs no promise per event when it shares a rendering; what is left per subscriber is a frame around the one
 * serialised result and the socket's write.
 */
class LiveSubscription {
  private readonly queue: Pending[] = [];
  private readonly messageStart: string;
  private readonly stopListening: () => void;
  private closed = false;
  private onEnd: ((error?: GraphQLError) => void) | null = null;

  constructor(
    private readonly args: ExecutionArgs,
    private readonly stream: LiveStream,
    private readonly target: LiveTarget,
    /** Subscriptions with the same key render an event the same way when they take the public view. */
    private readonly renderingKey: string,
  ) {
    this.messageStart = `{"id":${JSON.stringify(target.id)},"type":"next","payload":`;
    this.stopListening = stream.context.pubsub.listen(stream.topic, (payload) => this.receive(payload as EventPayloads[Topic]));
  }

  private get context(): Context {
    return this.stream.context;
  }

  private receive(payload: EventPayloads[Topic]): void {
    const { options } = this.stream;
    if (options.concerns && !options.concerns(payload)) return;
    if (this.queue.length >= subscriptionQueueLimit) return this.end(tooSlowError());
    if (options.anonymousKey && takesPublicView(this.context)) {
      const rendering = this.sharedRendering(payload, options.anonymousKey);
      rendering.members.push(this);
      this.queue.push(rendering);
    } else {
      this.queue.push(this.ownRendering(payload));
    }
  }

  /** The event's load as nobody, and its rendering, started by the first of its subscribers and shared by the others. */
  private sharedRendering(payload: EventPayloads[Topic], anonymousKey: string): SharedRendering {
    let byKey = renderings.get(payload);
    if (!byKey) {
      byKey = new Map();
      renderings.set(payload, byKey);
    }
    const existing = byKey.get(this.renderingKey);
    if (existing) return existing;
    const shared: SharedRendering = { json: undefined, members: [] };
    byKey.set(this.renderingKey, shared);
    const scope = eventScope(this.context.services, payload);
    void (async () => {
      let seen: unknown = null;
      let failed = false;
      try {
        seen = await loadInScope(scope, anonymousKey, () => this.stream.options.load(scope.anonymous, payload));
        shared.json = seen === null ? null : await this.render({ ...this.args, rootValue: seen, contextValue: scope.anonymous });
      } catch (error) {
        // One event that cannot be loaded (a database error) is skipped: the subscriptions, and the process, carry on.
        this.context.services.logger.error({ err: error, topic: this.stream.topic }, 'live event skipped: loading it failed');
        shared.json = null;
        failed = true;
      }
      // The public may not see it: who is signed in may, with their own rights.
      if (seen === null && !failed) {
        for (const member of shared.members) if (member.context.viewer && !member.closed) member.replace(shared, member.ownRendering(payload));
      }
      deliverInTurns(shared.members, (member) => member.flush());
    })();
    return shared;
  }

  /** The event loaded with this subscriber's own rights (their session checked again) and rendered for them alone. */
  private ownRendering(payload: EventPayloads[Topic]): Pending {
    const own: Pending = { json: undefined };
    void (async () => {
      try {
        const scope = eventScope(this.context.services, payload);
        await renewForEvent(this.context, payload);
        const seen = await loadInScope(scope, null, () => this.stream.options.load(this.context, payload));
        own.json = seen === null ? null : await this.render({ ...this.args, rootValue: seen });
      } catch (error) {
        this.context.services.logger.error({ err: error, topic: this.stream.topic }, 'live event skipped: loading it failed');
        own.json = null;
      }
      deliverInTurns([this], (subscription) => subscription.flush());
    })();
    return own;
  }

  private async render(args: ExecutionArgs): Promise<string> {
    return JSON.stringify(this.target.format((await execute(args)) as ExecutionResult));
  }

  private replace(pending: Pending, by: Pending): void {
    const index = this.queue.indexOf(pending);
    if (index >= 0) this.queue[index] = by;
  }

  /** Sends what is ready at the head of the queue: an event whose rendering is still under way holds the later ones. */
  private flush(): void {
    while (this.queue.length > 0) {
      const json = this.queue[0].json;
      if (json === undefined) return;
      this.queue.shift();
      if (json !== null && !this.closed) this.target.send(this.messageStart + json + '}');
    }
  }

  end(error?: GraphQLError): void {
    if (this.closed) return;
    this.closed = true;
    this.queue.length = 0;
    this.stopListening();
    const onEnd = this.onEnd;
    this.onEnd = null;
    onEnd?.(error);
  }

  /**
   * What graphql-ws iterates: it yields nothing (the messages go straight to the socket) and ends with the
   * subscription, with an error when it ended for being too slow; graphql-ws's `complete` and the socket's close end it.
   */
  asIterator(): AsyncIterableIterator<ExecutionResult> {
    const ended = new Promise<IteratorResult<ExecutionResult>>((resolve, reject) => {
      this.onEnd = (error) => (error ? reject(error) : resolve({ value: undefined, done: true }));
    });
    // Should it end before graphql-ws reads it, the rejection is still handled: graphql-ws sends it when it reads.
    ended.catch(() => undefined);
    const finish = () => {
      this.end();
      return Promise.resolve<IteratorResult<ExecutionResult>>({ value: undefined, done: true });
    };
    const iterator: AsyncIterableIterator<ExecutionResult> = {
      next: () => (this.closed ? finish() : ended),
      return: finish,
      throw: finish,
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }
}

/**
 * graphql-js `subscribe` for the WebSocket. The subscribers who take the public view of an event (anonymous ones,
 * and signed-in ones whose operation selects no `viewer…` field) and whose object the public may see get one rendered
 * and serialised result between them for the same operation and variables: it is the same answer for all of them, and
 * an event for 10,000 of them is then executed and serialised once instead of 10,000 times. The others are executed
 * each with their own context. Messages are written to the socket by the subscription itself (`deliverTo`), in turns.
 */
export async function subscribeLive(args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const context = args.contextValue as Context;
  const target = targets.get(context);
  if (!target) throw new Error('A live subscription needs its target (deliverTo) before it subscribes');
  const facts = factsOf(args.schema, args.document, args.operationName);
  if (facts.publicView) takePublicView(context);
  const stream = await createSourceEventStream(args);
  if (!(stream instanceof LiveStream)) {
    if (Symbol.asyncIterator in stream) throw new Error('Every subscription of the schema is a live stream (liveEvents)');
    return stream;
  }
  const renderingKey = `${facts.key}:${JSON.stringify([args.operationName ?? null, args.variableValues ?? null])}`;
  return new LiveSubscription(args, stream, target, renderingKey).asIterator();
}
