import { Migration } from '@mikro-orm/migrations';

export class Migration20261201084803_audit_and_moderation_filters extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "moderation_actions_moderator_id_created_at_id_index" on "moderation_actions" ("moderator_id", "created_at", "id");`);
    this.addSql(`create index "moderation_actions_decision_created_at_id_index" on "moderation_actions" ("decision", "created_at", "id");`);

    this.addSql(`create index "audit_entries_actor_id_created_at_id_index" on "audit_entries" ("actor_id", "created_at", "id");`);
    this.addSql(`create index "audit_entries_action_created_at_id_index" on "audit_entries" ("action", "created_at", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "audit_entries_actor_id_created_at_id_index";`);
    this.addSql(`drop index "audit_entries_action_created_at_id_index";`);

    this.addSql(`drop index "moderation_actions_moderator_id_created_at_id_index";`);
    this.addSql(`drop index "moderation_actions_decision_created_at_id_index";`);
  }

}
