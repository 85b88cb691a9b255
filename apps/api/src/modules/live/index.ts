import { LiveResolver } from './live.resolver.js';
import { SurveyLiveResolver } from './survey-live.resolver.js';

export { createLiveContext } from './live-context.js';
export { subscribeLive } from './live-subscribe.js';

export const liveModule = {
  entities: [],
  resolvers: [LiveResolver, SurveyLiveResolver] as const,
};
