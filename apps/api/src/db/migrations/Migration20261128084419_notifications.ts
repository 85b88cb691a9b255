import { Migration } from '@mikro-orm/migrations';

export class Migration20261128084419_notifications extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "outgoing_emails" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "recipient" varchar(254) not null, "subject" varchar(200) not null, "text" text not null, "status" text check ("status" in ('PENDING', 'SENT', 'FAILED')) not null default 'PENDING', "attempts" int not null default 0, "next_attempt_at" timestamptz not null, "sent_at" timestamptz null, "last_error" varchar(500) null, constraint "outgoing_emails_pkey" primary key ("id"));`);
    this.addSql(`create index "outgoing_emails_status_next_attempt_at_index" on "outgoing_emails" ("status", "next_attempt_at");`);

    this.addSql(`create table "notification_settings" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "user_id" uuid not null, "kind" text check ("kind" in ('COMMENT_REPLY', 'FOLLOWED_COMMENT', 'VOTE_MILESTONE', 'IDEA_REVIEWED', 'PROPOSAL_REVIEWED', 'INNOVATION_STAGE_CHANGED', 'COURSE_CHANGED')) not null, "delivery" text check ("delivery" in ('OFF', 'IN_APP', 'EMAIL_AT_ONCE', 'DAILY_DIGEST', 'WEEKLY_DIGEST')) not null, constraint "notification_settings_pkey" primary key ("id"));`);
    this.addSql(`alter table "notification_settings" add constraint "notification_settings_user_id_kind_unique" unique ("user_id", "kind");`);

    this.addSql(`create table "notifications" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "recipient_id" uuid not null, "kind" text check ("kind" in ('COMMENT_REPLY', 'FOLLOWED_COMMENT', 'VOTE_MILESTONE', 'IDEA_REVIEWED', 'PROPOSAL_REVIEWED', 'INNOVATION_STAGE_CHANGED', 'COURSE_CHANGED')) not null, "actor_id" uuid null, "subject_type" varchar(40) not null, "subject_id" uuid not null, "title" varchar(200) not null, "text" varchar(300) null, "dedupe_key" varchar(200) null, "read_at" timestamptz null, "email_due_at" timestamptz null, "emailed_at" timestamptz null, constraint "notifications_pkey" primary key ("id"));`);
    this.addSql(`alter table "notifications" add constraint "notifications_dedupe_key_unique" unique ("dedupe_key");`);
    this.addSql(`create index "notifications_email_due_index" on "notifications" ("email_due_at") where "emailed_at" is null;`);
    this.addSql(`create index "notifications_unread_index" on "notifications" ("recipient_id", "created_at", "id") where "read_at" is null;`);
    this.addSql(`create index "notifications_recipient_id_created_at_id_index" on "notifications" ("recipient_id", "created_at", "id");`);

    this.addSql(`alter table "notification_settings" add constraint "notification_settings_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "notifications" add constraint "notifications_recipient_id_foreign" foreign key ("recipient_id") references "users" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "notifications" add constraint "notifications_actor_id_foreign" foreign key ("actor_id") references "users" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "outgoing_emails" cascade;`);

    this.addSql(`drop table if exists "notification_settings" cascade;`);

    this.addSql(`drop table if exists "notifications" cascade;`);
  }

}
