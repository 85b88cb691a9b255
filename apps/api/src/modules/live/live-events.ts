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
};

/** The objects a topic's events concern, each loaded afresh with the subscriber's rights. */
export function liveEvents<T extends Topic, TObject>(context: Context, topic: T, options: LiveOptions<T, TObject>): AsyncIterable<TObject> {
  const events = context.pubsub.subscribe(topic) as AsyncIterable<EventPayloads[T]>;
  return pipe(
    events,
    filter((payload: EventPayloads[T]) => options.concerns?.(payload) ?? true),
    map(async (payload: EventPayloads[T]) => {
      await renewForEvent(context);
      return options.load(context, payload);
    }),
    filter((object: TObject | null) => object !== null),
  ) as AsyncIterable<TObject>;
}
