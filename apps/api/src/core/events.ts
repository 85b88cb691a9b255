import type { Context } from '../context.js';
import type { CourseAspect } from '../modules/courses/course-changes.js';
import { Topic } from './pubsub.js';

/** What each topic's event carries: ids only; subscribers and handlers load what they may see. */
export type EventPayloads = {
  [Topic.IdeaPosted]: { ideaId: string };
  [Topic.IdeaChanged]: { ideaId: string };
  [Topic.CommentAdded]: { commentId: string; subjectId: string };
  [Topic.InnovationChanged]: { innovationId: string };
  [Topic.PipelineChanged]: { innovationId: string; agencyId: string };
  [Topic.SurveyResultChanged]: { surveyId: string };
  /** `change` is set when the institute changed what its enrolled people rely on (not for seats taken or freed). */
  [Topic.CourseChanged]: { courseId: string; change?: { id: string; aspects: CourseAspect[] } };
  /** Each status change of a proposal, by either side (a draft's too: handlers check who may see it). */
  [Topic.PilotProposalMoved]: { proposalId: string; statusChangeId: string };
  [Topic.NotificationAdded]: { notificationId: string; recipientId: string };
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

/**
 * Publishes an event after the use case's data is committed: first this process's handlers, then live
 * subscribers on every process. A failing handler is logged, never undoes the committed change.
 */
export async function publish<T extends Topic>(context: Context, topic: T, payload: EventPayloads[T]): Promise<void> {
  const meta: EventMeta = { actorId: context.viewer?.id ?? null };
  for (const handler of handlers.get(topic) ?? []) {
    try {
      await handler(context, payload, meta);
    } catch (error) {
      context.services.logger.error({ err: error, topic }, 'event handler failed');
    }
  }
  context.pubsub.publish(topic, payload);
}
