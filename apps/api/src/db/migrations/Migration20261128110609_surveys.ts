import { Migration } from '@mikro-orm/migrations';

export class Migration20261128110609_surveys extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "surveys" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "service_id" uuid not null, "agency_id" uuid not null, "created_by_id" uuid null, "title" varchar(160) not null, "period" varchar(60) not null, "opens_at" timestamptz not null, "closes_at" timestamptz not null, "closed_early_by_id" uuid null, "response_count" int not null default 0, "element_sums" jsonb not null default '[0,0,0,0,0,0,0,0,0]', constraint "surveys_pkey" primary key ("id"));`);
    this.addSql(`create index "surveys_agency_id_closes_at_id_index" on "surveys" ("agency_id", "closes_at", "id");`);
    this.addSql(`create index "surveys_service_id_closes_at_id_index" on "surveys" ("service_id", "closes_at", "id");`);
    this.addSql(`create index "surveys_closes_at_id_index" on "surveys" ("closes_at", "id");`);

    this.addSql(`create table "survey_responses" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "survey_id" uuid not null, "respondent_id" uuid null, "browser_key_hash" varchar(64) null, "answers" jsonb not null, "suggestion" text not null default '', "gender" text check ("gender" in ('MALE', 'FEMALE')) null, "age_band" text check ("age_band" in ('UNDER_20', 'FROM_20_TO_29', 'FROM_30_TO_39', 'FROM_40_TO_49', 'FROM_50_TO_59', 'FROM_60')) null, "education" text check ("education" in ('PRIMARY', 'JUNIOR_SECONDARY', 'SENIOR_SECONDARY', 'DIPLOMA', 'BACHELOR', 'POSTGRADUATE')) null, "occupation" text check ("occupation" in ('CIVIL_SERVANT', 'MILITARY_OR_POLICE', 'PRIVATE_EMPLOYEE', 'SELF_EMPLOYED', 'STUDENT', 'OTHER')) null, constraint "survey_responses_pkey" primary key ("id"));`);
    this.addSql(`create index "survey_responses_respondent_id_index" on "survey_responses" ("respondent_id");`);
    this.addSql(`create index "survey_responses_survey_id_created_at_id_index" on "survey_responses" ("survey_id", "created_at", "id");`);
    this.addSql(`alter table "survey_responses" add constraint "survey_responses_survey_id_browser_key_hash_unique" unique ("survey_id", "browser_key_hash");`);
    this.addSql(`alter table "survey_responses" add constraint "survey_responses_survey_id_respondent_id_unique" unique ("survey_id", "respondent_id");`);

    this.addSql(`alter table "surveys" add constraint "surveys_service_id_foreign" foreign key ("service_id") references "services" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "surveys" add constraint "surveys_agency_id_foreign" foreign key ("agency_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "surveys" add constraint "surveys_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "surveys" add constraint "surveys_closed_early_by_id_foreign" foreign key ("closed_early_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "survey_responses" add constraint "survey_responses_survey_id_foreign" foreign key ("survey_id") references "surveys" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "survey_responses" add constraint "survey_responses_respondent_id_foreign" foreign key ("respondent_id") references "users" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "survey_responses" drop constraint "survey_responses_survey_id_foreign";`);

    this.addSql(`drop table if exists "surveys" cascade;`);

    this.addSql(`drop table if exists "survey_responses" cascade;`);
  }

}
