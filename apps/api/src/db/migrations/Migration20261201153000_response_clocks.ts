import { Migration } from '@mikro-orm/migrations';

const kindsBefore = `'COMMENT_REPLY', 'FOLLOWED_COMMENT', 'VOTE_MILESTONE', 'IDEA_REVIEWED', 'PROPOSAL_REVIEWED', 'PROPOSAL_RECEIVED', 'INNOVATION_REQUESTED', 'INNOVATION_STAGE_CHANGED', 'COURSE_CHANGED', 'CONTENT_REPORTED', 'CONTENT_HIDDEN'`;
const kindsAfter = `${kindsBefore}, 'IDEA_ADDRESSED', 'OFFICIAL_REPLY', 'RESPONSES_OVERDUE'`;

/** Response clocks on problems addressed to agencies, each agency's durations, decreed joint leave days, official replies (ADR 022). */
export class Migration20261201153000_response_clocks extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "response_clocks" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "idea_id" uuid not null, "agency_id" uuid not null, "step" text check ("step" in ('ACKNOWLEDGE', 'REPLY', 'RESOLVE')) not null, "started_at" timestamptz not null, "working_days_allowed" int not null, "due_at" timestamptz not null, "met_at" timestamptz null, "working_days_taken" int null, "field_check" boolean not null default false, "field_check_note" text null, "overdue_flagged_at" timestamptz null, constraint "response_clocks_pkey" primary key ("id"));`);
    this.addSql(`alter table "response_clocks" add constraint "response_clocks_idea_id_step_unique" unique ("idea_id", "step");`);
    this.addSql(`create index "response_clocks_agency_id_started_at_index" on "response_clocks" ("agency_id", "started_at");`);
    this.addSql(`create index "response_clocks_open_due_index" on "response_clocks" ("due_at") where "met_at" is null;`);
    this.addSql(`alter table "response_clocks" add constraint "response_clocks_idea_id_foreign" foreign key ("idea_id") references "ideas" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "response_clocks" add constraint "response_clocks_agency_id_foreign" foreign key ("agency_id") references "organizations" ("id") on update cascade on delete cascade;`);

    this.addSql(`create table "response_durations" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "agency_id" uuid not null, "acknowledge_days" int not null default 3, "reply_days" int not null default 5, "resolve_days" int not null default 14, "field_check_days" int not null default 60, constraint "response_durations_pkey" primary key ("id"));`);
    this.addSql(`alter table "response_durations" add constraint "response_durations_agency_id_unique" unique ("agency_id");`);
    this.addSql(`alter table "response_durations" add constraint "response_durations_agency_id_foreign" foreign key ("agency_id") references "organizations" ("id") on update cascade on delete cascade;`);

    this.addSql(`create table "joint_leave_days" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "date" date not null, "note" varchar(200) not null, "added_by_id" uuid null, constraint "joint_leave_days_pkey" primary key ("id"));`);
    this.addSql(`alter table "joint_leave_days" add constraint "joint_leave_days_date_unique" unique ("date");`);
    this.addSql(`alter table "joint_leave_days" add constraint "joint_leave_days_added_by_id_foreign" foreign key ("added_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`create table "official_replies" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "comment_id" uuid not null, "idea_id" uuid not null, "agency_id" uuid not null, "marked_by_id" uuid null, constraint "official_replies_pkey" primary key ("id"));`);
    this.addSql(`alter table "official_replies" add constraint "official_replies_comment_id_unique" unique ("comment_id");`);
    this.addSql(`create index "official_replies_idea_id_created_at_index" on "official_replies" ("idea_id", "created_at");`);
    this.addSql(`alter table "official_replies" add constraint "official_replies_comment_id_foreign" foreign key ("comment_id") references "comments" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "official_replies" add constraint "official_replies_idea_id_foreign" foreign key ("idea_id") references "ideas" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "official_replies" add constraint "official_replies_agency_id_foreign" foreign key ("agency_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "official_replies" add constraint "official_replies_marked_by_id_foreign" foreign key ("marked_by_id") references "users" ("id") on update cascade on delete set null;`);

    for (const table of ['notification_settings', 'notifications']) {
      this.addSql(`alter table "${table}" drop constraint if exists "${table}_kind_check";`);
      this.addSql(`alter table "${table}" add constraint "${table}_kind_check" check ("kind" in (${kindsAfter}));`);
    }
  }

  override async down(): Promise<void> {
    for (const table of ['notification_settings', 'notifications']) {
      this.addSql(`delete from "${table}" where "kind" in ('IDEA_ADDRESSED', 'OFFICIAL_REPLY', 'RESPONSES_OVERDUE');`);
      this.addSql(`alter table "${table}" drop constraint if exists "${table}_kind_check";`);
      this.addSql(`alter table "${table}" add constraint "${table}_kind_check" check ("kind" in (${kindsBefore}));`);
    }
    for (const table of ['official_replies', 'joint_leave_days', 'response_durations', 'response_clocks']) this.addSql(`drop table if exists "${table}" cascade;`);
  }
}
