import { HighlightsResolver, StatsResolver } from './statistics.resolver.js';

export const statisticsModule = {
  entities: [],
  resolvers: [StatsResolver, HighlightsResolver] as const,
};
