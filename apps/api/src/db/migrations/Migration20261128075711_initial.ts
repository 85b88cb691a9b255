import { Migration } from '@mikro-orm/migrations';

export class Migration20261128075711_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "users" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "email" varchar(254) not null, "display_name" varchar(80) not null, "password_hash" varchar(255) not null, "platform_role" text check ("platform_role" in ('MEMBER', 'MODERATOR', 'ADMIN')) not null default 'MEMBER', "bio" text not null default '', "locale" varchar(5) not null default 'id', "deleted_at" timestamptz null, constraint "users_pkey" primary key ("id"));`);
    this.addSql(`alter table "users" add constraint "users_email_unique" unique ("email");`);
    this.addSql(`create index "users_deleted_at_index" on "users" ("deleted_at");`);

    this.addSql(`create table "sessions" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "user_id" uuid not null, "token_hash" varchar(64) not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, constraint "sessions_pkey" primary key ("id"));`);
    this.addSql(`create index "sessions_user_id_index" on "sessions" ("user_id");`);
    this.addSql(`alter table "sessions" add constraint "sessions_token_hash_unique" unique ("token_hash");`);

    this.addSql(`create table "organizations" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "slug" varchar(60) not null, "name" varchar(120) not null, "kind" text check ("kind" in ('AGENCY', 'PARTNER', 'NGO', 'TRAINING_INSTITUTE')) not null, "description" text not null default '', "website" varchar(300) null, "verified_at" timestamptz null, "verified_by_id" uuid null, constraint "organizations_pkey" primary key ("id"));`);
    this.addSql(`alter table "organizations" add constraint "organizations_slug_unique" unique ("slug");`);
    this.addSql(`create index "organizations_kind_name_id_index" on "organizations" ("kind", "name", "id");`);
    this.addSql(`create index "organizations_name_id_index" on "organizations" ("name", "id");`);

    this.addSql(`create table "services" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "slug" varchar(60) not null, "name" varchar(120) not null, "description" text not null default '', "agency_id" uuid not null, "population" int null, constraint "services_pkey" primary key ("id"));`);
    this.addSql(`alter table "services" add constraint "services_slug_unique" unique ("slug");`);
    this.addSql(`create index "services_agency_id_name_id_index" on "services" ("agency_id", "name", "id");`);
    this.addSql(`create index "services_name_id_index" on "services" ("name", "id");`);

    this.addSql(`create table "memberships" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "user_id" uuid not null, "role" text check ("role" in ('OWNER', 'ADMIN', 'OFFICER', 'MEMBER')) not null, constraint "memberships_pkey" primary key ("id"));`);
    this.addSql(`create index "memberships_organization_id_created_at_id_index" on "memberships" ("organization_id", "created_at", "id");`);
    this.addSql(`create index "memberships_user_id_created_at_id_index" on "memberships" ("user_id", "created_at", "id");`);
    this.addSql(`alter table "memberships" add constraint "memberships_organization_id_user_id_unique" unique ("organization_id", "user_id");`);

    this.addSql(`create table "consents" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "user_id" uuid not null, "purpose" varchar(40) not null, "policy_version" varchar(40) not null, "given_at" timestamptz not null, "withdrawn_at" timestamptz null, constraint "consents_pkey" primary key ("id"));`);
    this.addSql(`create index "consents_user_id_index" on "consents" ("user_id");`);

    this.addSql(`create table "audit_entries" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "actor_id" uuid null, "action" varchar(60) not null, "subject_type" varchar(60) not null, "subject_id" uuid not null, "note" text null, constraint "audit_entries_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_entries_subject_id_index" on "audit_entries" ("subject_id");`);
    this.addSql(`create index "audit_entries_created_at_id_index" on "audit_entries" ("created_at", "id");`);

    this.addSql(`alter table "sessions" add constraint "sessions_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "organizations" add constraint "organizations_verified_by_id_foreign" foreign key ("verified_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "services" add constraint "services_agency_id_foreign" foreign key ("agency_id") references "organizations" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "memberships" add constraint "memberships_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "memberships" add constraint "memberships_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "consents" add constraint "consents_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "audit_entries" add constraint "audit_entries_actor_id_foreign" foreign key ("actor_id") references "users" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "sessions" drop constraint "sessions_user_id_foreign";`);

    this.addSql(`alter table "organizations" drop constraint "organizations_verified_by_id_foreign";`);

    this.addSql(`alter table "memberships" drop constraint "memberships_user_id_foreign";`);

    this.addSql(`alter table "consents" drop constraint "consents_user_id_foreign";`);

    this.addSql(`alter table "audit_entries" drop constraint "audit_entries_actor_id_foreign";`);

    this.addSql(`alter table "services" drop constraint "services_agency_id_foreign";`);

    this.addSql(`alter table "memberships" drop constraint "memberships_organization_id_foreign";`);

    this.addSql(`drop table if exists "users" cascade;`);

    this.addSql(`drop table if exists "sessions" cascade;`);

    this.addSql(`drop table if exists "organizations" cascade;`);

    this.addSql(`drop table if exists "services" cascade;`);

    this.addSql(`drop table if exists "memberships" cascade;`);

    this.addSql(`drop table if exists "consents" cascade;`);

    this.addSql(`drop table if exists "audit_entries" cascade;`);
  }

}
