import { Migration } from '@mikro-orm/migrations';

export class Migration20261128111156_notification_kinds_quote extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "notification_settings" drop constraint if exists "notification_settings_kind_check";`);

    this.addSql(`alter table "notifications" drop constraint if exists "notifications_kind_check";`);

    this.addSql(`alter table "notification_settings" add constraint "notification_settings_kind_check" check("kind" in ('COMMENT_REPLY', 'FOLLOWED_COMMENT', 'VOTE_MILESTONE', 'IDEA_REVIEWED', 'PROPOSAL_REVIEWED', 'PROPOSAL_RECEIVED', 'INNOVATION_REQUESTED', 'INNOVATION_STAGE_CHANGED', 'COURSE_CHANGED'));`);

    this.addSql(`alter table "notifications" add column "quote" varchar(300) null;`);
    this.addSql(`alter table "notifications" add constraint "notifications_kind_check" check("kind" in ('COMMENT_REPLY', 'FOLLOWED_COMMENT', 'VOTE_MILESTONE', 'IDEA_REVIEWED', 'PROPOSAL_REVIEWED', 'PROPOSAL_RECEIVED', 'INNOVATION_REQUESTED', 'INNOVATION_STAGE_CHANGED', 'COURSE_CHANGED'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "notification_settings" drop constraint if exists "notification_settings_kind_check";`);

    this.addSql(`alter table "notifications" drop constraint if exists "notifications_kind_check";`);

    this.addSql(`alter table "notification_settings" add constraint "notification_settings_kind_check" check("kind" in ('COMMENT_REPLY', 'FOLLOWED_COMMENT', 'VOTE_MILESTONE', 'IDEA_REVIEWED', 'PROPOSAL_REVIEWED', 'INNOVATION_STAGE_CHANGED', 'COURSE_CHANGED'));`);

    this.addSql(`alter table "notifications" drop column "quote";`);

    this.addSql(`alter table "notifications" add constraint "notifications_kind_check" check("kind" in ('COMMENT_REPLY', 'FOLLOWED_COMMENT', 'VOTE_MILESTONE', 'IDEA_REVIEWED', 'PROPOSAL_REVIEWED', 'INNOVATION_STAGE_CHANGED', 'COURSE_CHANGED'));`);
  }

}
