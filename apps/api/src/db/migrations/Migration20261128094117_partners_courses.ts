import { Migration } from '@mikro-orm/migrations';

export class Migration20261128094117_partners_courses extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "pilot_proposals" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "proposer_id" uuid not null, "agency_id" uuid not null, "innovation_id" uuid null, "idea_id" uuid null, "created_by_id" uuid null, "title" varchar(160) not null, "summary" text not null, "budget_rupiah" bigint not null, "duration_weeks" int not null, "kpis" text[] not null, "team" text[] not null, "status" text check ("status" in ('DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'CHANGES_REQUESTED', 'ACCEPTED', 'REJECTED', 'WITHDRAWN')) not null default 'DRAFT', constraint "pilot_proposals_pkey" primary key ("id"));`);
    this.addSql(`create index "pilot_proposals_idea_id_index" on "pilot_proposals" ("idea_id");`);
    this.addSql(`create index "pilot_proposals_innovation_id_created_at_id_index" on "pilot_proposals" ("innovation_id", "created_at", "id");`);
    this.addSql(`create index "pilot_proposals_agency_id_created_at_id_index" on "pilot_proposals" ("agency_id", "created_at", "id");`);
    this.addSql(`create index "pilot_proposals_proposer_id_created_at_id_index" on "pilot_proposals" ("proposer_id", "created_at", "id");`);
    this.addSql(`create index "pilot_proposals_status_created_at_id_index" on "pilot_proposals" ("status", "created_at", "id");`);

    this.addSql(`create table "pilot_proposal_status_changes" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "proposal_id" uuid not null, "actor_id" uuid null, "from_status" text check ("from_status" in ('DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'CHANGES_REQUESTED', 'ACCEPTED', 'REJECTED', 'WITHDRAWN')) null, "to_status" text check ("to_status" in ('DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'CHANGES_REQUESTED', 'ACCEPTED', 'REJECTED', 'WITHDRAWN')) not null, "note" text not null default '', constraint "pilot_proposal_status_changes_pkey" primary key ("id"));`);
    this.addSql(`create index "pilot_proposal_status_changes_proposal_id_created_at_id_index" on "pilot_proposal_status_changes" ("proposal_id", "created_at", "id");`);

    this.addSql(`create table "courses" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "institute_id" uuid not null, "created_by_id" uuid null, "title" varchar(160) not null, "summary" text not null, "format" text check ("format" in ('ONLINE', 'IN_PERSON', 'HYBRID')) not null, "status" text check ("status" in ('DRAFT', 'PUBLISHED', 'ARCHIVED')) not null default 'DRAFT', "sessions" jsonb not null, "first_session_starts_at" timestamptz not null, "capacity" int not null, "seats_taken" int not null default 0, "competencies" text[] not null default '{}', constraint "courses_pkey" primary key ("id"));`);
    this.addSql(`create index "courses_competencies_gin" on "courses" using gin ("competencies");`);
    this.addSql(`create index "courses_institute_id_created_at_id_index" on "courses" ("institute_id", "created_at", "id");`);
    this.addSql(`create index "courses_status_created_at_id_index" on "courses" ("status", "created_at", "id");`);
    this.addSql(`create index "courses_status_first_session_starts_at_id_index" on "courses" ("status", "first_session_starts_at", "id");`);

    this.addSql(`create table "enrollments" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "course_id" uuid not null, "user_id" uuid not null, "status" text check ("status" in ('ENROLLED', 'CANCELLED', 'COMPLETED')) not null default 'ENROLLED', "completed_at" timestamptz null, "completed_by_id" uuid null, constraint "enrollments_pkey" primary key ("id"));`);
    this.addSql(`create index "enrollments_user_id_status_completed_at_id_index" on "enrollments" ("user_id", "status", "completed_at", "id");`);
    this.addSql(`create index "enrollments_course_id_created_at_id_index" on "enrollments" ("course_id", "created_at", "id");`);
    this.addSql(`alter table "enrollments" add constraint "enrollments_course_id_user_id_unique" unique ("course_id", "user_id");`);

    this.addSql(`create table "course_innovations" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "course_id" uuid not null, "innovation_id" uuid not null, constraint "course_innovations_pkey" primary key ("id"));`);
    this.addSql(`create index "course_innovations_innovation_id_index" on "course_innovations" ("innovation_id");`);
    this.addSql(`alter table "course_innovations" add constraint "course_innovations_course_id_innovation_id_unique" unique ("course_id", "innovation_id");`);

    this.addSql(`alter table "pilot_proposals" add constraint "pilot_proposals_proposer_id_foreign" foreign key ("proposer_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "pilot_proposals" add constraint "pilot_proposals_agency_id_foreign" foreign key ("agency_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "pilot_proposals" add constraint "pilot_proposals_innovation_id_foreign" foreign key ("innovation_id") references "innovations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "pilot_proposals" add constraint "pilot_proposals_idea_id_foreign" foreign key ("idea_id") references "ideas" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "pilot_proposals" add constraint "pilot_proposals_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "pilot_proposal_status_changes" add constraint "pilot_proposal_status_changes_proposal_id_foreign" foreign key ("proposal_id") references "pilot_proposals" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "pilot_proposal_status_changes" add constraint "pilot_proposal_status_changes_actor_id_foreign" foreign key ("actor_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "courses" add constraint "courses_institute_id_foreign" foreign key ("institute_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "courses" add constraint "courses_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "enrollments" add constraint "enrollments_course_id_foreign" foreign key ("course_id") references "courses" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "enrollments" add constraint "enrollments_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "enrollments" add constraint "enrollments_completed_by_id_foreign" foreign key ("completed_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "course_innovations" add constraint "course_innovations_course_id_foreign" foreign key ("course_id") references "courses" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "course_innovations" add constraint "course_innovations_innovation_id_foreign" foreign key ("innovation_id") references "innovations" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "pilot_proposal_status_changes" drop constraint "pilot_proposal_status_changes_proposal_id_foreign";`);

    this.addSql(`alter table "enrollments" drop constraint "enrollments_course_id_foreign";`);

    this.addSql(`alter table "course_innovations" drop constraint "course_innovations_course_id_foreign";`);

    this.addSql(`drop table if exists "pilot_proposals" cascade;`);

    this.addSql(`drop table if exists "pilot_proposal_status_changes" cascade;`);

    this.addSql(`drop table if exists "courses" cascade;`);

    this.addSql(`drop table if exists "enrollments" cascade;`);

    this.addSql(`drop table if exists "course_innovations" cascade;`);
  }

}
