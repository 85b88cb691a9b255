import { Migration } from '@mikro-orm/migrations';

/**
 * The feed's tag and text indexes take each idea's entries as it is written, not into GIN's pending list: a full
 * list is read by every search and makes the planner price the index too dear for a rare tag (ADR 041).
 */
export class Migration20261202180000_feed_gin_without_pending_list extends Migration {
  override async up(): Promise<void> {
    for (const index of ['ideas_tags_index', 'ideas_search_vector_index']) {
      this.addSql(`alter index "${index}" set (fastupdate = off);`);
      // What the list already holds moves into the index now, not at the next vacuum.
      this.addSql(`select gin_clean_pending_list('"${index}"'::regclass);`);
    }
  }

  override async down(): Promise<void> {
    for (const index of ['ideas_tags_index', 'ideas_search_vector_index']) this.addSql(`alter index "${index}" reset (fastupdate);`);
  }
}
