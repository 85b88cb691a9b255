import { Arg, ID, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import type { Context } from '../../context.js';
import { idOfType } from '../../core/global-id.js';
import { Topic } from '../../core/pubsub.js';
import { findSurvey } from '../surveys/find-survey.js';
import type { Survey } from '../surveys/survey.entity.js';
import { SurveyType } from '../surveys/survey.type.js';
import { liveEvents } from './live-events.js';

/** Live survey results, in their own resolver beside the others (surveys are public, so everyone may receive them). */
@Resolver()
export class SurveyLiveResolver {
  @Subscription(() => SurveyType, {
    description: 'The survey after each response (its results) and when it closes.',
    subscribe: ({ args, context }: SubscribeResolverData<unknown, { id: string }, Context>) => {
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
}
