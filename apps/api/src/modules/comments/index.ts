import { Comment } from './comment.entity.js';

export const commentsModule = {
  entities: [Comment],
  resolvers: [] as const,
};
