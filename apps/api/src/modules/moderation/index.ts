import { registerNode } from '../../core/node.js';
import { registerPersonalDataExporter } from '../privacy/personal-data.js';
import { ModerationAction } from './moderation-action.entity.js';
import { ModerationSettings } from './moderation-settings.entity.js';
import { ModerationResolver } from './moderation.resolver.js';
import { can } from './moderation.permissions.js';
import { ContentReport } from './report.entity.js';

export {
  authoredModeratable,
  canSeeContent,
  isModerator,
  maySeeModerated,
  moderatable,
  moderatableRegistration,
  publicContentSql,
  registerModeratable,
  unhiddenFilter,
  visibleContentFilter,
  visibleContentSql,
  type ModeratableEntity,
  type ModeratableKind,
} from './moderatable-content.js';

registerNode({
  typeName: 'ModerationAction',
  entity: ModerationAction,
  load: async (context, id) => (can(context, 'readQueue') ? context.em.findOne(ModerationAction, { id }, { populate: ['moderator'] }) : null),
});

registerPersonalDataExporter('contentReports', async (em, userId) =>
  (await em.find(ContentReport, { reporter: userId }, { orderBy: { createdAt: 'asc' } })).map(({ subjectType, category, reason, createdAt }) => ({ subjectType, category, reason, createdAt })),
);

export const moderationModule = {
  entities: [ContentReport, ModerationAction, ModerationSettings],
  resolvers: [ModerationResolver] as const,
};
