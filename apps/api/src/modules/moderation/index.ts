import { isModerator } from './moderatable-content.js';
import { registerNode } from '../../core/node.js';
import { ModerationAction } from './moderation-action.entity.js';
import { ModerationResolver } from './moderation.resolver.js';
import { ContentReport } from './report.entity.js';
import { registerPersonalDataExporter } from '../privacy/personal-data.js';

registerNode({
  typeName: 'ModerationAction',
  entity: ModerationAction,
  load: async (context, id) => (isModerator(context) ? context.em.findOne(ModerationAction, { id }, { populate: ['moderator'] }) : null),
});

registerPersonalDataExporter('contentReports', async (em, userId) =>
  (await em.find(ContentReport, { reporter: userId }, { orderBy: { createdAt: 'asc' } })).map(({ subjectType, reason, createdAt }) => ({ subjectType, reason, createdAt })),
);

export const moderationModule = {
  entities: [ContentReport, ModerationAction],
  resolvers: [ModerationResolver] as const,
};
