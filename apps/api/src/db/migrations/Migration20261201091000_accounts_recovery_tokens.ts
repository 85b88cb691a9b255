import { Migration } from '@mikro-orm/migrations';

export class Migration20261201091000_accounts_recovery_tokens extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "api_tokens" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "user_id" uuid not null, "name" varchar(80) not null, "scopes" text[] not null, "token_hash" varchar(64) not null, "expires_at" timestamptz not null, "last_used_at" timestamptz null, "revoked_at" timestamptz null, constraint "api_tokens_pkey" primary key ("id"));`);
    this.addSql(`alter table "api_tokens" add constraint "api_tokens_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "api_tokens_user_id_created_at_id_index" on "api_tokens" ("user_id", "created_at", "id");`);

    this.addSql(`create table "account_tokens" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "user_id" uuid not null, "purpose" text check ("purpose" in ('PASSWORD_RESET', 'EMAIL_CONFIRMATION', 'EMAIL_CHANGE')) not null, "token_hash" varchar(64) not null, "expires_at" timestamptz not null, "used_at" timestamptz null, "new_email" varchar(254) null, constraint "account_tokens_pkey" primary key ("id"));`);
    this.addSql(`alter table "account_tokens" add constraint "account_tokens_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "account_tokens_user_id_purpose_index" on "account_tokens" ("user_id", "purpose");`);

    this.addSql(`alter table "api_tokens" add constraint "api_tokens_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "account_tokens" add constraint "account_tokens_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "users" add column "email_confirmed_at" timestamptz null;`);
    // Accounts made before confirmation existed are taken as confirmed: nothing asked them to, and they may not lose their voice.
    this.addSql(`update "users" set "email_confirmed_at" = "created_at" where "deleted_at" is null;`);

    this.addSql(`alter table "sessions" add column "user_agent" varchar(300) null, add column "last_used_at" timestamptz not null default now();`);
    this.addSql(`update "sessions" set "last_used_at" = "created_at";`);
    this.addSql(`alter table "sessions" alter column "last_used_at" drop default;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "api_tokens" cascade;`);

    this.addSql(`drop table if exists "account_tokens" cascade;`);

    this.addSql(`alter table "sessions" drop column "user_agent", drop column "last_used_at";`);

    this.addSql(`alter table "users" drop column "email_confirmed_at";`);
  }

}
