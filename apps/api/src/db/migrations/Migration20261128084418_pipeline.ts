import { Migration } from '@mikro-orm/migrations';

export class Migration20261128084418_pipeline extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "innovations" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "title" varchar(160) not null, "summary" varchar(500) not null default '', "agency_id" uuid not null, "service_id" uuid null, "created_by_id" uuid null, "stage" text check ("stage" in ('NEED_IDENTIFIED', 'DEVELOPMENT', 'TRIAL', 'IMPLEMENTATION', 'EVALUATION', 'INSTITUTIONALIZED', 'PAUSED', 'DISCONTINUED')) not null default 'NEED_IDENTIFIED', "paused_from" text check ("paused_from" in ('NEED_IDENTIFIED', 'DEVELOPMENT', 'TRIAL', 'IMPLEMENTATION', 'EVALUATION', 'INSTITUTIONALIZED')) null, "stage_entered_at" timestamptz not null, "implementation_started_at" timestamptz null, "problem_statement" text not null default '', "need_analysis" text not null default '', "kpis" jsonb not null default '[]', "milestones" jsonb not null default '[]', "pilot_plan" text not null default '', "trial_result" text not null default '', "socialisation" jsonb null, "training" jsonb null, "feedback_channel" jsonb null, "evaluation_report" text not null default '', "legal_basis" jsonb null, constraint "innovations_pkey" primary key ("id"));`);
    this.addSql(`create index "innovations_title_trigram_index" on "innovations" using gin ("title" gin_trgm_ops);`);
    this.addSql(`create index "innovations_agency_id_stage_stage_entered_at_id_index" on "innovations" ("agency_id", "stage", "stage_entered_at", "id");`);
    this.addSql(`create index "innovations_service_id_created_at_id_index" on "innovations" ("service_id", "created_at", "id");`);
    this.addSql(`create index "innovations_agency_id_created_at_id_index" on "innovations" ("agency_id", "created_at", "id");`);
    this.addSql(`create index "innovations_stage_created_at_id_index" on "innovations" ("stage", "created_at", "id");`);
    this.addSql(`create index "innovations_created_at_id_index" on "innovations" ("created_at", "id");`);

    this.addSql(`create table "innovation_stage_changes" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "innovation_id" uuid not null, "actor_id" uuid null, "from_stage" text check ("from_stage" in ('NEED_IDENTIFIED', 'DEVELOPMENT', 'TRIAL', 'IMPLEMENTATION', 'EVALUATION', 'INSTITUTIONALIZED', 'PAUSED', 'DISCONTINUED')) null, "to_stage" text check ("to_stage" in ('NEED_IDENTIFIED', 'DEVELOPMENT', 'TRIAL', 'IMPLEMENTATION', 'EVALUATION', 'INSTITUTIONALIZED', 'PAUSED', 'DISCONTINUED')) not null, "note" text not null default '', constraint "innovation_stage_changes_pkey" primary key ("id"));`);
    this.addSql(`create index "innovation_stage_changes_actor_id_created_at_id_index" on "innovation_stage_changes" ("actor_id", "created_at", "id");`);
    this.addSql(`create index "innovation_stage_changes_innovation_id_created_at_id_index" on "innovation_stage_changes" ("innovation_id", "created_at", "id");`);

    this.addSql(`alter table "innovations" add constraint "innovations_agency_id_foreign" foreign key ("agency_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "innovations" add constraint "innovations_service_id_foreign" foreign key ("service_id") references "services" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "innovations" add constraint "innovations_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "innovation_stage_changes" add constraint "innovation_stage_changes_innovation_id_foreign" foreign key ("innovation_id") references "innovations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "innovation_stage_changes" add constraint "innovation_stage_changes_actor_id_foreign" foreign key ("actor_id") references "users" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "innovation_stage_changes" cascade;`);
    this.addSql(`drop table if exists "innovations" cascade;`);
  }

}
