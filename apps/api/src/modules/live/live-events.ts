import { filter, map, pipe } from '@graphql-yoga/subscription';
import type { Context } from '../../context.js';
import type { EventPayloads } from '../../core/events.js';
import type { Topic } from '../../core/pubsub.js';
import { renewForEvent } from './live-context.js';

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

/** Per event (every subscriber receives the same payload object): the loads shared by anonymous subscribers. */
const sharedLoads = new WeakMap<object, Map<string, Promise<unknown>>>();

function loadOnce<TObject>(payload: object, key: string, load: () => Promise<TObject | null>): Promise<TObject | null> {
  let loads = sharedLoads.get(payload);
  if (!loads) {
    loads = new Map();
    sharedLoads.set(payload, loads);
  }
  let pending = loads.get(key) as Promise<TObject | null> | undefined;
  if (!pending) {
    pending = load();
    loads.set(key, pending);
  }
  return pending;
}

/** The objects a topic's events concern, each loaded afresh with the subscriber's rights. */
export function liveEvents<T extends Topic, TObject>(context: Context, topic: T, options: LiveOptions<T, TObject>): AsyncIterable<TObject> {
  const events = context.pubsub.subscribe(topic) as AsyncIterable<EventPayloads[T]>;
  return pipe(
    events,
    filter((payload: EventPayloads[T]) => options.concerns?.(payload) ?? true),
    map(async (payload: EventPayloads[T]) => {
      await renewForEvent(context);
      const load = () => options.load(context, payload);
      return !context.viewer && options.anonymousKey ? loadOnce(payload, options.anonymousKey, load) : load();
    }),
    filter((object: TObject | null) => object !== null),
  ) as AsyncIterable<TObject>;
}
