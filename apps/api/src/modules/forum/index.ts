import { Discussion } from './discussion.entity.js';

export const forumModule = {
  entities: [Discussion],
  resolvers: [] as const,
};
