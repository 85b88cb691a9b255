import { IdeaVote } from './idea-vote.entity.js';
import { Idea } from './idea.entity.js';

export const ideasModule = {
  entities: [Idea, IdeaVote],
  resolvers: [] as const,
};
