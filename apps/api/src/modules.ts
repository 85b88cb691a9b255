import type { HttpRoutes } from './core/downloads.js';
import { accountsModule } from './modules/accounts/index.js';
import { administrationModule } from './modules/administration/index.js';
import { auditModule } from './modules/audit/index.js';
import { coursesModule } from './modules/courses/index.js';
import { commentsModule } from './modules/comments/index.js';
import { followsModule } from './modules/follows/index.js';
import { forumModule } from './modules/forum/index.js';
import { ideasModule } from './modules/ideas/index.js';
import { liveModule } from './modules/live/index.js';
import { moderationModule, registerModeratable, type ModeratableKind } from './modules/moderation/index.js';
import { notificationsModule } from './modules/notifications/index.js';
import { openDataModule } from './modules/open-data/index.js';
import { organizationsModule } from './modules/organizations/index.js';
import { partnersModule } from './modules/partners/index.js';
import { pipelineModule } from './modules/pipeline/index.js';
import { privacyModule } from './modules/privacy/index.js';
import { responsesModule } from './modules/responses/index.js';
import { searchModule } from './modules/search/index.js';
import { servicesModule } from './modules/services/index.js';
import { statisticsModule } from './modules/statistics/index.js';
import { surveysModule } from './modules/surveys/index.js';

type FeatureModule = {
  entities: readonly Function[];
  resolvers: readonly Function[];
  /** The kinds of content it lets people report and moderators hide. */
  moderatable?: readonly ModeratableKind[];
  /** Its downloads (CSV, JSON), served over HTTP beside GraphQL. */
  routes?: HttpRoutes;
};

/** The feature modules, in dependency order. Each hands over its entities, resolvers and what it adds to others. */
export const modules: FeatureModule[] = [
  accountsModule,
  auditModule,
  administrationModule,
  organizationsModule,
  servicesModule,
  moderationModule,
  commentsModule,
  followsModule,
  ideasModule,
  forumModule,
  pipelineModule,
  coursesModule,
  partnersModule,
  surveysModule,
  searchModule,
  statisticsModule,
  openDataModule,
  privacyModule,
  notificationsModule,
  responsesModule,
  liveModule,
];

export const entities = modules.flatMap((module) => module.entities);

for (const module of modules) for (const kind of module.moderatable ?? []) registerModeratable(kind);
