import { createPubSub } from '@graphql-yoga/subscription';
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
  NotificationAdded = 'NOTIFICATION_ADDED',
}

/** In-process pub/sub: enough for one API process (and the only one that works on the embedded database). */
export function createInProcessPubSub(): PubSub {
  return createPubSub() as unknown as PubSub;
}
