import { Follow } from './follow.entity.js';

export const followsModule = {
  entities: [Follow],
  resolvers: [] as const,
};
