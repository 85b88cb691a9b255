import type { Context } from '../../context.js';
import type { EventPayloads } from '../../core/events.js';
import type { Topic } from '../../core/pubsub.js';
import type { EventScope } from './live-context.js';

export type LiveOptions<T extends Topic, TObject> = {
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
export function loadInScope<TObject>(scope: EventScope, sharedKey: string | null, load: () => Promise<TObject | null>): Promise<TObject | null> {
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

/** What a live subscription's `subscribe` returns: its topic and how to load an event's object for one subscriber. */
export class LiveStream<T extends Topic = Topic, TObject = unknown> implements AsyncIterable<TObject> {
  constructor(
    readonly context: Context,
    readonly topic: T,
    readonly options: LiveOptions<T, TObject>,
  ) {}

  [Symbol.asyncIterator](): AsyncIterator<TObject> {
    throw new Error('A live stream is delivered by subscribeLive (the WebSocket), which listens to its topic itself');
  }
}

/**
 * The objects a topic's events concern, each loaded afresh. The subscribers who take the public view (anonymous, or
 * signed in with an operation that does not depend on who they are) share one load as nobody, and only if the public
 * may not see the object does a signed-in subscriber load it with their own rights (their session checked again).
 */
export function liveEvents<T extends Topic, TObject>(context: Context, topic: T, options: LiveOptions<T, TObject>): AsyncIterable<TObject> {
  return new LiveStream(context, topic, options);
}
