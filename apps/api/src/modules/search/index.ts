import { SearchWord } from './search-word.entity.js';
import { SearchResolver } from './search.resolver.js';

export const searchModule = {
  entities: [SearchWord],
  resolvers: [SearchResolver] as const,
};
