import { Migration } from '@mikro-orm/migrations';

export class Migration20261128081044_ideas_forum_comments extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(`create table "moderation_actions" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "moderator_id" uuid null, "subject_type" varchar(40) not null, "subject_id" uuid not null, "decision" text check ("decision" in ('HIDE', 'RESTORE')) not null, "reason" text not null, constraint "moderation_actions_pkey" primary key ("id"));`);
    this.addSql(`create index "moderation_actions_created_at_id_index" on "moderation_actions" ("created_at", "id");`);
    this.addSql(`create index "moderation_actions_subject_type_subject_id_created_at_index" on "moderation_actions" ("subject_type", "subject_id", "created_at");`);

    this.addSql(`create table "ideas" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "kind" text check ("kind" in ('PROBLEM', 'SOLUTION')) not null, "status" text check ("status" in ('OPEN', 'UNDER_REVIEW', 'ACCEPTED', 'DECLINED', 'MERGED')) not null default 'OPEN', "title" varchar(160) not null, "body" text not null, "body_html" text not null, "tags" text[] not null default '{}', "author_id" uuid not null, "organization_id" uuid null, "agency_id" uuid null, "service_id" uuid null, "vote_count" int not null default 0, "hot_score" double precision not null default 0, "decision_reason" text null, "decided_at" timestamptz null, "merged_into_id" uuid null, "innovation_id" uuid null, "hidden_at" timestamptz null, "search_vector" tsvector generated always as (setweight(to_tsvector('simple', coalesce(title, '')), 'A') || setweight(to_tsvector('simple', coalesce(body, '')), 'B')) stored null, constraint "ideas_pkey" primary key ("id"));`);
    this.addSql(`create index "ideas_search_vector_index" on "public"."ideas" using gin("search_vector");`);
    this.addSql(`create index "ideas_title_trigram_index" on "ideas" using gin ("title" gin_trgm_ops);`);
    this.addSql(`create index "ideas_tags_index" on "ideas" using gin ("tags");`);
    this.addSql(`create index "ideas_innovation_id_index" on "ideas" ("innovation_id");`);
    this.addSql(`create index "ideas_merged_into_id_index" on "ideas" ("merged_into_id");`);
    this.addSql(`create index "ideas_service_id_created_at_id_index" on "ideas" ("service_id", "created_at", "id");`);
    this.addSql(`create index "ideas_agency_id_created_at_id_index" on "ideas" ("agency_id", "created_at", "id");`);
    this.addSql(`create index "ideas_organization_id_created_at_id_index" on "ideas" ("organization_id", "created_at", "id");`);
    this.addSql(`create index "ideas_author_id_created_at_id_index" on "ideas" ("author_id", "created_at", "id");`);
    this.addSql(`create index "ideas_kind_created_at_id_index" on "ideas" ("kind", "created_at", "id");`);
    this.addSql(`create index "ideas_status_vote_count_id_index" on "ideas" ("status", "vote_count", "id");`);
    this.addSql(`create index "ideas_status_hot_score_id_index" on "ideas" ("status", "hot_score", "id");`);
    this.addSql(`create index "ideas_status_created_at_id_index" on "ideas" ("status", "created_at", "id");`);
    this.addSql(`create index "ideas_hot_score_id_index" on "ideas" ("hot_score", "id");`);
    this.addSql(`create index "ideas_vote_count_id_index" on "ideas" ("vote_count", "id");`);
    this.addSql(`create index "ideas_created_at_id_index" on "ideas" ("created_at", "id");`);

    this.addSql(`create table "idea_votes" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "idea_id" uuid not null, "user_id" uuid not null, constraint "idea_votes_pkey" primary key ("id"));`);
    this.addSql(`create index "idea_votes_user_id_created_at_id_index" on "idea_votes" ("user_id", "created_at", "id");`);
    this.addSql(`alter table "idea_votes" add constraint "idea_votes_idea_id_user_id_unique" unique ("idea_id", "user_id");`);

    this.addSql(`create table "follows" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "user_id" uuid not null, "subject_type" varchar(40) not null, "subject_id" uuid not null, constraint "follows_pkey" primary key ("id"));`);
    this.addSql(`create index "follows_user_id_created_at_id_index" on "follows" ("user_id", "created_at", "id");`);
    this.addSql(`create index "follows_subject_type_subject_id_index" on "follows" ("subject_type", "subject_id");`);
    this.addSql(`alter table "follows" add constraint "follows_user_id_subject_type_subject_id_unique" unique ("user_id", "subject_type", "subject_id");`);

    this.addSql(`create table "discussions" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "category" text check ("category" in ('GENERAL', 'PUBLIC_SERVICES', 'INNOVATION', 'DIGITAL', 'HELP')) not null, "title" varchar(160) not null, "body" text not null, "body_html" text not null, "author_id" uuid not null, "pinned" boolean not null default false, "locked_at" timestamptz null, "last_activity_at" timestamptz not null, "hidden_at" timestamptz null, "search_vector" tsvector generated always as (setweight(to_tsvector('simple', coalesce(title, '')), 'A') || setweight(to_tsvector('simple', coalesce(body, '')), 'B')) stored null, constraint "discussions_pkey" primary key ("id"));`);
    this.addSql(`create index "discussions_search_vector_index" on "public"."discussions" using gin("search_vector");`);
    this.addSql(`create index "discussions_author_id_created_at_id_index" on "discussions" ("author_id", "created_at", "id");`);
    this.addSql(`create index "discussions_category_pinned_last_activity_at_id_index" on "discussions" ("category", "pinned", "last_activity_at", "id");`);
    this.addSql(`create index "discussions_pinned_last_activity_at_id_index" on "discussions" ("pinned", "last_activity_at", "id");`);

    this.addSql(`create table "content_reports" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "reporter_id" uuid not null, "subject_type" varchar(40) not null, "subject_id" uuid not null, "reason" text not null, "resolved_at" timestamptz null, constraint "content_reports_pkey" primary key ("id"));`);
    this.addSql(`create index "content_reports_resolved_at_created_at_index" on "content_reports" ("resolved_at", "created_at");`);
    this.addSql(`create index "content_reports_subject_type_subject_id_resolved_at_index" on "content_reports" ("subject_type", "subject_id", "resolved_at");`);
    this.addSql(`alter table "content_reports" add constraint "content_reports_reporter_id_subject_type_subject_id_unique" unique ("reporter_id", "subject_type", "subject_id");`);

    this.addSql(`create table "comments" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "subject_type" varchar(40) not null, "subject_id" uuid not null, "parent_id" uuid null, "thread_path" varchar(400) not null, "depth" smallint not null default 0, "author_id" uuid not null, "body" text not null, "body_html" text not null, "edited_at" timestamptz null, "deleted_at" timestamptz null, "hidden_at" timestamptz null, constraint "comments_pkey" primary key ("id"));`);
    this.addSql(`create index "comments_parent_id_index" on "comments" ("parent_id");`);
    this.addSql(`create index "comments_author_id_created_at_id_index" on "comments" ("author_id", "created_at", "id");`);
    this.addSql(`create index "comments_subject_type_subject_id_thread_path_id_index" on "comments" ("subject_type", "subject_id", "thread_path", "id");`);

    this.addSql(`alter table "moderation_actions" add constraint "moderation_actions_moderator_id_foreign" foreign key ("moderator_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "ideas" add constraint "ideas_author_id_foreign" foreign key ("author_id") references "users" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "ideas" add constraint "ideas_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "ideas" add constraint "ideas_agency_id_foreign" foreign key ("agency_id") references "organizations" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "ideas" add constraint "ideas_service_id_foreign" foreign key ("service_id") references "services" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "ideas" add constraint "ideas_merged_into_id_foreign" foreign key ("merged_into_id") references "ideas" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "idea_votes" add constraint "idea_votes_idea_id_foreign" foreign key ("idea_id") references "ideas" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "idea_votes" add constraint "idea_votes_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "follows" add constraint "follows_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "discussions" add constraint "discussions_author_id_foreign" foreign key ("author_id") references "users" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "content_reports" add constraint "content_reports_reporter_id_foreign" foreign key ("reporter_id") references "users" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "comments" add constraint "comments_parent_id_foreign" foreign key ("parent_id") references "comments" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "comments" add constraint "comments_author_id_foreign" foreign key ("author_id") references "users" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "ideas" drop constraint "ideas_merged_into_id_foreign";`);

    this.addSql(`alter table "idea_votes" drop constraint "idea_votes_idea_id_foreign";`);

    this.addSql(`alter table "comments" drop constraint "comments_parent_id_foreign";`);

    this.addSql(`drop table if exists "moderation_actions" cascade;`);

    this.addSql(`drop table if exists "ideas" cascade;`);

    this.addSql(`drop table if exists "idea_votes" cascade;`);

    this.addSql(`drop table if exists "follows" cascade;`);

    this.addSql(`drop table if exists "discussions" cascade;`);

    this.addSql(`drop table if exists "content_reports" cascade;`);

    this.addSql(`drop table if exists "comments" cascade;`);
  }

}
