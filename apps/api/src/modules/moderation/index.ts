import { ModerationAction } from './moderation-action.entity.js';
import { ContentReport } from './report.entity.js';

export const moderationModule = {
  entities: [ContentReport, ModerationAction],
  resolvers: [] as const,
};
