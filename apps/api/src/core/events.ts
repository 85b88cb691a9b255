import { operationOf, type Context } from '../context.js';
import type { CourseAspect } from '../modules/courses/course-changes.js';
import { Topic } from './pubsub.js';

/** What each topic's event carries: ids only; subscribers and handlers load what they may see. */
export type EventPayloads = {
  [Topic.IdeaPosted]: { ideaId: string };
  /** `voteCount` is set when only its votes changed (a vote or one taken back): the count after that change. */
  [Topic.IdeaChanged]: { ideaId: string; voteCount?: number };
  [Topic.CommentAdded]: { commentId: string; subjectId: string };
  [Topic.InnovationChanged]: { innovationId: string };
  [Topic.PipelineChanged]: { innovationId: string; agencyId: string };
  [Topic.SurveyResultChanged]: { surveyId: string };
  /** `change` is set when the institute changed what its enrolled people rely on (not for seats taken or freed). */
  [Topic.CourseChanged]: { courseId: string; change?: { id: string; aspects: CourseAspect[] } };
  /** Each status change of a proposal, by either side (a draft's too: handlers check who may see it). */
  [Topic.PilotProposalMoved]: { proposalId: string; statusChangeId: string };
  [Topic.NotificationAdded]: { notificationId: string; recipientId: string };
  /** A person reported content (for the moderators; never to live subscribers' pages). */
  [Topic.ContentReported]: { reportId: string };
  /** Reports reached the platform's threshold (`automatic`) or a moderator hid the content. */
  [Topic.ContentHidden]: { subjectType: string; subjectId: string; automatic: boolean };
};

/** Who caused the event, for handlers that must not notify people of their own actions. */
export type EventMeta = { actorId: string | null };

type Handler<T extends Topic> = (context: Context, payload: EventPayloads[T], meta: EventMeta) => Promise<void>;

const handlers = new Map<Topic, Handler<Topic>[]>();

/**
 * Reacts to an event in the process that published it (once per event, however many processes run),
 * e.g. to create notifications. Registered by a module's index.ts.
 */
export function onEvent<T extends Topic>(topic: T, handler: Handler<T>): void {
  handlers.set(topic, [...(handlers.get(topic) ?? []), handler as Handler<Topic>]);
}

/** The events of an operation whose answer is not sent yet (see `holdEvents`), by operation: Apollo runs it with a copy of the context. */
const heldEvents = new WeakMap<object, (() => Promise<void>)[]>();
/** Deliveries scheduled or running, for `eventsSettled`. */
const deliveries = new Set<Promise<void>>();

async function deliver<T extends Topic>(context: Context, topic: T, payload: EventPayloads[T]): Promise<void> {
  try {
    await context.pubsub.publish(topic, payload);
  } catch (error) {
    context.services.logger.error({ err: error, topic }, 'event not published to live subscribers');
  }
  const meta: EventMeta = { actorId: context.viewerId };
  for (const handler of handlers.get(topic) ?? []) {
    try {
      await handler(context, payload, meta);
    } catch (error) {
      context.services.logger.error({ err: error, topic }, 'event handler failed');
    }
  }
}

function schedule(run: () => Promise<void>): Promise<void> {
  const delivery: Promise<void> = new Promise<void>((resolve) => setImmediate(resolve))
    .then(run)
    .finally(() => deliveries.delete(delivery));
  deliveries.add(delivery);
  return delivery;
}

/**
 * Publishes an event after the use case's data is committed: to live subscribers on every process, then to this
 * process's handlers. It returns at once: the delivery starts on a later turn of the event loop, and for an operation
 * whose events are held (HTTP, see `holdEvents`) only once its answer is sent, so that no answer waits for the fan-out
 * or the notification rules. A failing handler is logged, never undoes the committed change.
 */
export async function publish<T extends Topic>(context: Context, topic: T, payload: EventPayloads[T]): Promise<void> {
  const start = () => schedule(() => deliver(context, topic, payload));
  const held = heldEvents.get(operationOf(context));
  if (held) held.push(start);
  else void start();
}

/** Holds the events the operation of `context` publishes until `releaseEvents`: the transport calls it once the answer is sent. */
export function holdEvents(context: Context): void {
  heldEvents.set(operationOf(context), []);
}

/** Delivers the held events; resolves once they, and their handlers, are done (a failing one is logged, see `deliver`). */
export async function releaseEvents(context: Context): Promise<void> {
  const held = heldEvents.get(operationOf(context));
  heldEvents.delete(operationOf(context));
  await Promise.all((held ?? []).map((start) => start()));
}

/** Resolves once every event published so far, and every event its handlers published, has been delivered (for tests and shutdown). */
export async function eventsSettled(): Promise<void> {
  await new Promise<void>((resolve) => setImmediate(resolve));
  while (deliveries.size > 0) await Promise.allSettled([...deliveries]);
}
