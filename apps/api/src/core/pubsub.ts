import { setMaxListeners } from 'node:events';
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub } from '@graphql-yoga/subscription';
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
}

/** In-process pub/sub: enough for one API process (and the only one that works on the embedded database). */
export function createInProcessPubSub(): PubSub {
  const eventTarget = new EventTarget();
  // Every subscription listens on its topic: thousands of listeners of one topic are the normal case, not a leak.
  setMaxListeners(Infinity, eventTarget);
  return createPubSub({ eventTarget }) as unknown as PubSub;
}

/** Names every channel with a prefix, so that several sites (or test runs) can share one Redis. */
function withChannelPrefix(pubsub: PubSub, prefix: string): PubSub {
  return {
    publish: (routingKey, ...args) => pubsub.publish(prefix + routingKey, ...args),
    subscribe: (routingKey, dynamicId) => pubsub.subscribe(prefix + routingKey, dynamicId),
  };
}

export type SharedPubSub = {
  pubsub: PubSub;
  /** The connection for other shared state (rate limits). */
  redis: Redis;
  close(): Promise<void>;
};

/**
 * Pub/sub through Redis: an event published by any API process reaches the subscribers of every process.
 * Redis needs one connection that only subscribes and another for everything else.
 */
export function createRedisPubSub(redisUrl: string, keyPrefix: string): SharedPubSub {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 3 });
  const subscriber = new Redis(redisUrl);
  const eventTarget = createRedisEventTarget({ publishClient: redis, subscribeClient: subscriber });
  const pubsub = withChannelPrefix(createPubSub({ eventTarget }) as unknown as PubSub, `${keyPrefix}events:`);
  return {
    pubsub,
    redis,
    async close() {
      await Promise.all([subscriber.quit(), redis.quit()]);
    },
  };
}
