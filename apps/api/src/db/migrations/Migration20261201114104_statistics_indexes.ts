import { Migration } from '@mikro-orm/migrations';

/** The indexes that serve the statistics (ADR 025) and the home page's short lists. */
export class Migration20261201114104_statistics_indexes extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "ideas_statistics_index" on "ideas" ("created_at") include ("status", "hidden_at", "agency_id", "service_id");`);
    this.addSql(`create index "ideas_agency_statistics_index" on "ideas" ("agency_id", "created_at") include ("status", "hidden_at", "service_id");`);
    this.addSql(`create index "ideas_service_statistics_index" on "ideas" ("service_id", "created_at") include ("status", "hidden_at");`);
    this.addSql(`create index "idea_votes_created_at_index" on "idea_votes" ("created_at") include ("idea_id");`);
    this.addSql(`create index "innovations_stage_stage_entered_at_id_index" on "innovations" ("stage", "stage_entered_at", "id");`);
    this.addSql(`create index "enrollments_created_at_index" on "enrollments" ("created_at") include ("status", "course_id");`);
    this.addSql(`create index "enrollments_completed_at_index" on "enrollments" ("completed_at") include ("course_id") where "status" = 'COMPLETED';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "ideas_statistics_index";`);
    this.addSql(`drop index "ideas_agency_statistics_index";`);
    this.addSql(`drop index "ideas_service_statistics_index";`);
    this.addSql(`drop index "idea_votes_created_at_index";`);
    this.addSql(`drop index "innovations_stage_stage_entered_at_id_index";`);
    this.addSql(`drop index "enrollments_created_at_index";`);
    this.addSql(`drop index "enrollments_completed_at_index";`);
  }

}
