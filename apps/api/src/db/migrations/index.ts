import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261201114104_statistics_indexes } from './Migration20261201114104_statistics_indexes.js';
import { Migration20261201114500_moderation_at_scale } from './Migration20261201114500_moderation_at_scale.js';
import { Migration20261201114200_survey_follow_up_plan } from './Migration20261201114200_survey_follow_up_plan.js';
import { Migration20261201100247_organization_time_zone } from './Migration20261201100247_organization_time_zone.js';
import { Migration20261201153000_response_clocks } from './Migration20261201153000_response_clocks.js';
import { Migration20261202180000_feed_gin_without_pending_list } from './Migration20261202180000_feed_gin_without_pending_list.js';
import { Migration20261201114900_indonesian_search } from './Migration20261201114900_indonesian_search.js';
import { Migration20261201091000_accounts_recovery_tokens } from './Migration20261201091000_accounts_recovery_tokens.js';
import { Migration20261201084803_audit_and_moderation_filters } from './Migration20261201084803_audit_and_moderation_filters.js';
import { Migration20261201084000_kpi_ids } from './Migration20261201084000_kpi_ids.js';
import { Migration20261128111156_notification_kinds_quote } from './Migration20261128111156_notification_kinds_quote.js';
import { Migration20261128110609_surveys } from './Migration20261128110609_surveys.js';
import { Migration20261128094117_partners_courses } from './Migration20261128094117_partners_courses.js';
import { Migration20261128084418_pipeline } from './Migration20261128084418_pipeline.js';
import { Migration20261128084419_notifications } from './Migration20261128084419_notifications.js';
import { Migration20261128081044_ideas_forum_comments } from './Migration20261128081044_ideas_forum_comments.js';
import { Migration20261128075711_initial } from './Migration20261128075711_initial.js';

/** Every migration in order. A new one is generated with `npm run migration:create -w @gotong/api -- <name>` and listed here. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261128075711_initial', class: Migration20261128075711_initial },
  { name: 'Migration20261128081044_ideas_forum_comments', class: Migration20261128081044_ideas_forum_comments },
  { name: 'Migration20261128084419_notifications', class: Migration20261128084419_notifications },
  { name: 'Migration20261128084418_pipeline', class: Migration20261128084418_pipeline },
  { name: 'Migration20261128094117_partners_courses', class: Migration20261128094117_partners_courses },
  { name: 'Migration20261128110609_surveys', class: Migration20261128110609_surveys },
  { name: 'Migration20261128111156_notification_kinds_quote', class: Migration20261128111156_notification_kinds_quote },
  { name: 'Migration20261201084000_kpi_ids', class: Migration20261201084000_kpi_ids },
  { name: 'Migration20261201084803_audit_and_moderation_filters', class: Migration20261201084803_audit_and_moderation_filters },
  { name: 'Migration20261201091000_accounts_recovery_tokens', class: Migration20261201091000_accounts_recovery_tokens },
  { name: 'Migration20261201100247_organization_time_zone', class: Migration20261201100247_organization_time_zone },
  { name: 'Migration20261201114104_statistics_indexes', class: Migration20261201114104_statistics_indexes },
  { name: 'Migration20261201114500_moderation_at_scale', class: Migration20261201114500_moderation_at_scale },
  { name: 'Migration20261201114200_survey_follow_up_plan', class: Migration20261201114200_survey_follow_up_plan },
  { name: 'Migration20261201114900_indonesian_search', class: Migration20261201114900_indonesian_search },
  { name: 'Migration20261201153000_response_clocks', class: Migration20261201153000_response_clocks },
  { name: 'Migration20261202180000_feed_gin_without_pending_list', class: Migration20261202180000_feed_gin_without_pending_list },
];
