import { Migration } from '@mikro-orm/migrations';

export class Migration20261201114200_survey_follow_up_plan extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "surveys" add column "follow_up_plan" text not null default '', add column "follow_up_plan_recorded_at" timestamptz null, add column "follow_up_plan_recorded_by_id" uuid null;`);
    this.addSql(`alter table "surveys" add constraint "surveys_follow_up_plan_recorded_by_id_foreign" foreign key ("follow_up_plan_recorded_by_id") references "users" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "survey_responses_survey_id_id_index" on "survey_responses" ("survey_id", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "survey_responses_survey_id_id_index";`);
    this.addSql(`alter table "surveys" drop constraint "surveys_follow_up_plan_recorded_by_id_foreign";`);
    this.addSql(`alter table "surveys" drop column "follow_up_plan", drop column "follow_up_plan_recorded_at", drop column "follow_up_plan_recorded_by_id";`);
  }

}
