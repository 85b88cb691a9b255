import { Arg, ID, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import type { Context } from '../../context.js';
import { requireViewer } from '../../core/authorization.js';
import { idOfType } from '../../core/global-id.js';
import { Topic } from '../../core/pubsub.js';
import type { Comment } from '../comments/comment.entity.js';
import type { Course } from '../courses/course.entity.js';
import { CourseType } from '../courses/course.type.js';
import { findVisibleCourse } from '../courses/find-course.js';
import { CommentType } from '../comments/comment.type.js';
import { findVisibleComment } from '../comments/find-comment.js';
import { findVisibleIdea } from '../ideas/find-idea.js';
import { ideaPage } from '../ideas/idea-page.js';
import type { Idea } from '../ideas/idea.entity.js';
import { IdeaFilter, IdeaOrder, IdeaType } from '../ideas/idea.type.js';
import { findOwnNotification } from '../notifications/find-notification.js';
import type { Notification } from '../notifications/notification.entity.js';
import { NotificationType } from '../notifications/notification.type.js';
import { findVisibleInnovation } from '../pipeline/find-innovation.js';
import type { Innovation } from '../pipeline/innovation.entity.js';
import { InnovationType } from '../pipeline/innovation.type.js';
import { findSurvey } from '../surveys/find-survey.js';
import type { Survey } from '../surveys/survey.entity.js';
import { SurveyType } from '../surveys/survey.type.js';
import { liveEvents } from './live-events.js';

type Subscribed<TArgs> = SubscribeResolverData<unknown, TArgs, Context>;

/** Live updates over graphql-ws. Each event is loaded afresh and delivered only to subscribers who may see it. */
@Resolver()
export class LiveResolver {
  @Subscription(() => IdeaType, {
    description: 'Each new idea that matches the filter, as the ideas list would show it.',
    subscribe: ({ args, context }: Subscribed<{ filter: IdeaFilter | null }>) =>
      liveEvents(context, Topic.IdeaPosted, {
        load: async (current, { ideaId }) => (await ideaPage(current, args.filter, IdeaOrder.NEW, { first: 1 }, { id: ideaId })).edges[0]?.node ?? null,
        anonymousKey: JSON.stringify(args.filter ?? null),
      }),
  })
  ideaPosted(@Root() idea: Idea, @Arg('filter', () => IdeaFilter, { nullable: true }) _filter: IdeaFilter | null): Idea {
    return idea;
  }

  @Subscription(() => IdeaType, {
    description: 'The idea after each change: votes, status, comment count, edits, moderation.',
    subscribe: ({ args, context }: Subscribed<{ id: string }>) => {
      const id = idOfType(args.id, 'Idea');
      return liveEvents(context, Topic.IdeaChanged, {
        concerns: ({ ideaId }) => ideaId === id,
        load: (current, { ideaId }) => findVisibleIdea(current, ideaId),
        anonymousKey: 'idea',
      });
    },
  })
  ideaChanged(@Root() idea: Idea, @Arg('id', () => ID) _id: string): Idea {
    return idea;
  }

  @Subscription(() => CommentType, {
    description: 'Each comment added to the subject (an idea, a discussion...), if the subscriber may see both.',
    subscribe: ({ args, context }: Subscribed<{ subjectId: string }>) =>
      liveEvents(context, Topic.CommentAdded, {
        concerns: ({ subjectId }) => subjectId === args.subjectId,
        load: (current, { commentId }) => findVisibleComment(current, commentId),
        anonymousKey: 'comment',
      }),
  })
  commentAdded(@Root() comment: Comment, @Arg('subjectId', () => ID) _subjectId: string): Comment {
    return comment;
  }

  @Subscription(() => InnovationType, {
    description: 'The innovation after each change: stage, KPIs, milestones, adoption, comments. Innovations are public unless hidden by moderation.',
    subscribe: ({ args, context }: Subscribed<{ id: string }>) => {
      const id = idOfType(args.id, 'Innovation');
      return liveEvents(context, Topic.InnovationChanged, {
        concerns: ({ innovationId }) => innovationId === id,
        load: (current, { innovationId }) => findVisibleInnovation(current, innovationId),
        anonymousKey: 'innovation',
      });
    },
  })
  innovationChanged(@Root() innovation: Innovation, @Arg('id', () => ID) _id: string): Innovation {
    return innovation;
  }

  @Subscription(() => InnovationType, {
    description: "Each innovation of the agency's pipeline board that was created, changed or moved, so the board can place it in its column.",
    subscribe: ({ args, context }: Subscribed<{ agencyId: string }>) => {
      const id = idOfType(args.agencyId, 'Organization');
      return liveEvents(context, Topic.PipelineChanged, {
        concerns: ({ agencyId }) => agencyId === id,
        load: (current, { innovationId }) => findVisibleInnovation(current, innovationId),
        anonymousKey: 'innovation',
      });
    },
  })
  pipelineChanged(@Root() innovation: Innovation, @Arg('agencyId', () => ID) _agencyId: string): Innovation {
    return innovation;
  }

  @Subscription(() => CourseType, {
    description: 'The course after each change: seats left (enrolments, cancellations), sessions, status. Drafts reach only those who may see them.',
    subscribe: ({ args, context }: Subscribed<{ id: string }>) => {
      const id = idOfType(args.id, 'Course');
      return liveEvents(context, Topic.CourseChanged, {
        concerns: ({ courseId }) => courseId === id,
        load: (current, { courseId }) => findVisibleCourse(current, courseId),
        anonymousKey: 'course',
      });
    },
  })
  courseChanged(@Root() course: Course, @Arg('id', () => ID) _id: string): Course {
    return course;
  }

  @Subscription(() => SurveyType, {
    description: 'The survey after each response (its results) and when it closes.',
    subscribe: ({ args, context }: Subscribed<{ id: string }>) => {
      const id = idOfType(args.id, 'Survey');
      return liveEvents(context, Topic.SurveyResultChanged, {
        concerns: ({ surveyId }) => surveyId === id,
        load: (current, { surveyId }) => findSurvey(current, surveyId),
        anonymousKey: 'survey',
      });
    },
  })
  surveyResultChanged(@Root() survey: Survey, @Arg('id', () => ID) _id: string): Survey {
    return survey;
  }

  @Subscription(() => NotificationType, {
    description: 'Each new notification of the signed-in person (the WebSocket is authenticated by cookie or connectionParams.token).',
    subscribe: ({ context }: Subscribed<object>) => {
      const viewer = requireViewer(context);
      return liveEvents(context, Topic.NotificationAdded, {
        concerns: ({ recipientId }) => recipientId === viewer.id,
        load: (current, { notificationId }) => findOwnNotification(current, notificationId),
      });
    },
  })
  notificationAdded(@Root() notification: Notification): Notification {
    return notification;
  }
}
