import { SearchResolver } from './search.resolver.js';

export const searchModule = {
  entities: [] as const,
  resolvers: [SearchResolver] as const,
};
