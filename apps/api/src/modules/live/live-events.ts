import type { Context } from '../../context.js';
import type { EventPayloads } from '../../core/events.js';
import type { Topic } from '../../core/pubsub.js';
import { eventScope, renewForEvent, takesPublicView, type EventScope } from './live-context.js';

type LiveOptions<T extends Topic, TObject> = {
  /** Cheap test on the payload alone (e.g. the id subscribed to), before anything is loaded. */
  concerns?: (payload: EventPayloads[T]) => boolean;
  /** The changed object as the subscriber may see it, or null when they may not: then they receive nothing. */
  load: (context: Context, payload: EventPayloads[T]) => Promise<TObject | null>;
  /**
   * Anonymous subscribers with the same key see the same thing (e.g. the same idea, or the same filter): the object is
   * then loaded once per event for all of them instead of once each.
   */
  anonymousKey?: string;
};

/**
 * Anonymous subscribers with the same key share one load. The others load with their own rights, but only after the
 * event's first load, so that they find its rows in the event's EntityManager instead of each querying them.
 */
function loadInScope<TObject>(scope: EventScope, sharedKey: string | null, load: () => Promise<TObject | null>): Promise<TObject | null> {
  if (sharedKey === null && scope.firstLoad) return scope.firstLoad.then(load);
  let pending = sharedKey === null ? undefined : (scope.loads.get(sharedKey) as Promise<TObject | null> | undefined);
  if (!pending) {
    pending = load();
    if (sharedKey !== null) scope.loads.set(sharedKey, pending);
  }
  scope.firstLoad ??= pending.then(
    () => undefined,
    () => undefined,
  );
  return pending;
}

/**
 * Each value of `source` transformed, skipping those transformed to null. A plain iterator rather than a chain of
 * Repeaters: with 10,000 subscribers, every promise and queue per subscriber and event counts. Closing it closes
 * `source` at once, even while a `next` waits.
 */
export function transformEvents<TSource, TValue>(source: AsyncIterable<TSource>, transform: (value: TSource) => Promise<TValue | null>): AsyncIterableIterator<TValue> {
  const iterator = source[Symbol.asyncIterator]();
  const close = async (): Promise<IteratorResult<TValue>> => {
    await iterator.return?.();
    return { value: undefined, done: true };
  };
  return {
    async next() {
      for (;;) {
        const event = await iterator.next();
        if (event.done) return { value: undefined, done: true };
        const value = await transform(event.value);
        if (value !== null) return { value, done: false };
      }
    },
    return: close,
    async throw(error: unknown) {
      await close();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

/** The objects loaded as the public sees them, with their event's scope: `subscribeLive` renders them once for all. */
const publicObjects = new WeakMap<object, EventScope>();

export function publicScopeOf(loaded: unknown): EventScope | undefined {
  return typeof loaded === 'object' && loaded !== null ? publicObjects.get(loaded) : undefined;
}

/**
 * The objects a topic's events concern, each loaded afresh. The subscribers who take the public view (anonymous, or
 * signed in with an operation that does not depend on who they are) share one load as nobody, and only if the public
 * may not see the object does a signed-in subscriber load it with their own rights (their session checked again).
 */
export function liveEvents<T extends Topic, TObject>(context: Context, topic: T, options: LiveOptions<T, TObject>): AsyncIterable<TObject> {
  const events = context.pubsub.subscribe(topic) as AsyncIterable<EventPayloads[T]>;
  return transformEvents(events, async (payload: EventPayloads[T]) => {
    if (options.concerns && !options.concerns(payload)) return null;
    try {
      const scope = eventScope(context.services, payload);
      if (options.anonymousKey && takesPublicView(context)) {
        const seen = await loadInScope(scope, options.anonymousKey, () => options.load(scope.anonymous, payload));
        if (seen !== null && typeof seen === 'object') publicObjects.set(seen, scope);
        if (seen !== null || !context.viewer) return seen;
      }
      await renewForEvent(context, payload);
      return await loadInScope(scope, null, () => options.load(context, payload));
    } catch (error) {
      // One event that cannot be loaded (a database error) is skipped: the subscription, and the process, carry on.
      context.services.logger.error({ err: error, topic }, 'live event skipped: loading it failed');
      return null;
    }
  });
}
