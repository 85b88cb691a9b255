import { GraphQLError } from 'graphql';
import { Redis } from 'ioredis';
import type { PubSub } from 'type-graphql';

/** Every live-update topic. Payloads carry ids; subscribers load what they may see. */
export enum Topic {
  IdeaPosted = 'IDEA_POSTED',
  IdeaChanged = 'IDEA_CHANGED',
  CommentAdded = 'COMMENT_ADDED',
  InnovationChanged = 'INNOVATION_CHANGED',
  PipelineChanged = 'PIPELINE_CHANGED',
  SurveyResultChanged = 'SURVEY_RESULT_CHANGED',
  CourseChanged = 'COURSE_CHANGED',
  PilotProposalMoved = 'PILOT_PROPOSAL_MOVED',
  NotificationAdded = 'NOTIFICATION_ADDED',
  ContentReported = 'CONTENT_REPORTED',
  ContentHidden = 'CONTENT_HIDDEN',
}

/** Events a subscription may hold unread before it is ended (its reader subscribes again and refetches). */
export const subscriptionQueueLimit = 1000;

/** How a subscription that held `subscriptionQueueLimit` unread events ends. */
export function tooSlowError(): GraphQLError {
  return new GraphQLError('Too slow: events were not read in time; subscribe again and refetch.', { extensions: { code: 'TOO_SLOW' } });
}

type Listener = (payload: unknown) => void;

/**
 * The subscriptions of this process, by topic. One event is one call per subscription with the same payload object
 * (the live module keys what its subscribers share by that object), and each subscription is a bare queue: with 10,000
 * subscribers of one topic, an event target's dispatch and a Repeater per subscription were the fan-out's main cost.
 */
class LocalSubscriptions {
  private readonly byTopic = new Map<string, Set<Listener>>();

  /** `onFirst`/`onLast`: a topic gained its first subscription or lost its last (a shared pub/sub follows its channel). */
  constructor(private readonly onFirst?: (topic: string) => void, private readonly onLast?: (topic: string) => void) {}

  dispatch(topic: string, payload: unknown): void {
    const listeners = this.byTopic.get(topic);
    if (listeners) for (const listener of listeners) listener(payload);
  }

  /** Calls `listener` with each event of `topic`, synchronously, until the returned function is called. */
  listen(topic: string, listener: Listener): () => void {
    let listeners = this.byTopic.get(topic);
    if (!listeners) {
      listeners = new Set();
      this.byTopic.set(topic, listeners);
      this.onFirst?.(topic);
    }
    listeners.add(listener);
    return () => {
      const current = this.byTopic.get(topic);
      if (!current?.delete(listener)) return;
      if (current.size === 0) {
        this.byTopic.delete(topic);
        this.onLast?.(topic);
      }
    };
  }

  subscribe(topic: string): AsyncIterableIterator<unknown> {
    const queued: unknown[] = [];
    let waiting: ((result: IteratorResult<unknown>) => void) | null = null;
    let ended = false;
    let overflowed = false;
    const end = () => {
      if (ended) return;
      ended = true;
      stopListening();
      const resolve = waiting;
      waiting = null;
      resolve?.({ value: undefined, done: true });
    };
    const stopListening = this.listen(topic, (payload) => {
      if (waiting) {
        const resolve = waiting;
        waiting = null;
        resolve({ value: payload, done: false });
      } else if (queued.length < subscriptionQueueLimit) {
        queued.push(payload);
      } else {
        // What it holds is stale by now: it ends with an error instead, and its reader starts afresh.
        queued.length = 0;
        overflowed = true;
        end();
      }
    });
    return {
      next() {
        if (queued.length > 0) return Promise.resolve({ value: queued.shift(), done: false });
        if (overflowed) {
          overflowed = false;
          return Promise.reject(tooSlowError());
        }
        if (ended) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve) => (waiting = resolve));
      },
      return() {
        queued.length = 0;
        end();
        return Promise.resolve({ value: undefined, done: true });
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }
}

/**
 * type-graphql's pub/sub, and `listen`: a synchronous call per event without a queue or a promise, for a fan-out to
 * thousands of subscriptions that keeps its own order and bounds (the live module's delivery).
 */
export type TopicPubSub = PubSub & { listen(topic: string, listener: (payload: unknown) => void): () => void };

/** Gotong publishes to a topic alone (payloads say which object changed): type-graphql's `dynamicId` is not used. */
function topicPubSub(publish: (topic: string, payload: unknown) => void | Promise<void>, subscriptions: LocalSubscriptions): TopicPubSub {
  return {
    publish: (topic: string, payload: unknown) => publish(topic, payload),
    subscribe: (topic: string) => subscriptions.subscribe(topic),
    listen: (topic: string, listener: Listener) => subscriptions.listen(topic, listener),
  };
}

/** In-process pub/sub: enough for one API process (and the only one that works on the embedded database). */
export function createInProcessPubSub(): TopicPubSub {
  const subscriptions = new LocalSubscriptions();
  return topicPubSub((topic, payload) => subscriptions.dispatch(topic, payload), subscriptions);
}

export type SharedPubSub = {
  pubsub: TopicPubSub;
  /** The connection for other shared state (rate limits). */
  redis: Redis;
  close(): Promise<void>;
};

/**
 * Pub/sub through Redis: an event published by any API process reaches the subscribers of every process. A process
 * listens on a topic's channel while it has subscriptions of it, and parses each message once for all of them.
 * Channels carry a prefix, so that several sites (or test runs) can share one Redis. Redis needs one connection that
 * only subscribes and another for everything else.
 */
export function createRedisPubSub(redisUrl: string, keyPrefix: string): SharedPubSub {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 3 });
  const subscriber = new Redis(redisUrl);
  const prefix = `${keyPrefix}events:`;
  // A failed (un)subscribe while Redis is away needs nothing here: ioredis subscribes again to its channels on reconnect.
  const ignore = () => undefined;
  const subscriptions = new LocalSubscriptions(
    (topic) => void subscriber.subscribe(prefix + topic).catch(ignore),
    (topic) => void subscriber.unsubscribe(prefix + topic).catch(ignore),
  );
  subscriber.on('message', (channel: string, message: string) => {
    if (channel.startsWith(prefix)) subscriptions.dispatch(channel.slice(prefix.length), JSON.parse(message));
  });
  const pubsub = topicPubSub(async (topic, payload) => {
    await redis.publish(prefix + topic, JSON.stringify(payload));
  }, subscriptions);
  return {
    pubsub,
    redis,
    async close() {
      await Promise.all([subscriber.quit(), redis.quit()]);
    },
  };
}
