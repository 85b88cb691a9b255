import { Migration } from '@mikro-orm/migrations';

export class Migration20261201100247_organization_time_zone extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "organizations" add column "time_zone" varchar(40) not null default 'Asia/Jakarta';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "organizations" drop column "time_zone";`);
  }

}
