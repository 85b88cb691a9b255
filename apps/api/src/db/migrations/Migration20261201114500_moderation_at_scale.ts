import { Migration } from '@mikro-orm/migrations';

const kindsBefore = `'COMMENT_REPLY', 'FOLLOWED_COMMENT', 'VOTE_MILESTONE', 'IDEA_REVIEWED', 'PROPOSAL_REVIEWED', 'PROPOSAL_RECEIVED', 'INNOVATION_REQUESTED', 'INNOVATION_STAGE_CHANGED', 'COURSE_CHANGED'`;
const categories = `'SPAM', 'ABUSE', 'PERSONAL_DATA', 'MISLEADING', 'OFF_TOPIC', 'OTHER'`;
const kindsAfter = `${kindsBefore}, 'CONTENT_REPORTED', 'CONTENT_HIDDEN'`;

/**
 * Moderation at scale: the platform's report threshold, suspensions (the current one on the account, its history in
 * the moderation log), a hidden mark on innovations, pilot proposals, courses and organisations, and the two
 * notification kinds of moderation.
 */
export class Migration20261201114500_moderation_at_scale extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "moderation_settings" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "report_threshold" int not null default 3, constraint "moderation_settings_pkey" primary key ("id"));`);
    this.addSql(`alter table "users" add column "suspended_until" timestamptz null, add column "suspension_reason" text null;`);
    this.addSql(`alter table "moderation_actions" drop constraint if exists "moderation_actions_decision_check";`);
    this.addSql(`alter table "moderation_actions" add constraint "moderation_actions_decision_check" check ("decision" in ('HIDE', 'RESTORE', 'SUSPEND'));`);
    this.addSql(`alter table "moderation_actions" add column "automatic" boolean not null default false, add column "suspended_until" timestamptz null;`);
    this.addSql(`alter table "content_reports" add column "category" text check ("category" in (${categories})) not null default 'OTHER';`);
    for (const table of ['innovations', 'pilot_proposals', 'courses', 'organizations']) {
      this.addSql(`alter table "${table}" add column "hidden_at" timestamptz null;`);
    }
    for (const table of ['notification_settings', 'notifications']) {
      this.addSql(`alter table "${table}" drop constraint if exists "${table}_kind_check";`);
      this.addSql(`alter table "${table}" add constraint "${table}_kind_check" check ("kind" in (${kindsAfter}));`);
    }
  }

  override async down(): Promise<void> {
    for (const table of ['notification_settings', 'notifications']) {
      this.addSql(`delete from "${table}" where "kind" in ('CONTENT_REPORTED', 'CONTENT_HIDDEN');`);
      this.addSql(`alter table "${table}" drop constraint if exists "${table}_kind_check";`);
      this.addSql(`alter table "${table}" add constraint "${table}_kind_check" check ("kind" in (${kindsBefore}));`);
    }
    for (const table of ['innovations', 'pilot_proposals', 'courses', 'organizations']) this.addSql(`alter table "${table}" drop column "hidden_at";`);
    this.addSql(`alter table "content_reports" drop column "category";`);
    this.addSql(`delete from "moderation_actions" where "decision" = 'SUSPEND';`);
    this.addSql(`alter table "moderation_actions" drop column "automatic", drop column "suspended_until";`);
    this.addSql(`alter table "moderation_actions" drop constraint if exists "moderation_actions_decision_check";`);
    this.addSql(`alter table "moderation_actions" add constraint "moderation_actions_decision_check" check ("decision" in ('HIDE', 'RESTORE'));`);
    this.addSql(`alter table "users" drop column "suspended_until", drop column "suspension_reason";`);
    this.addSql(`drop table if exists "moderation_settings" cascade;`);
  }
}
