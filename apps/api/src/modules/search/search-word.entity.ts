import { Entity, Index, PrimaryKey } from '@mikro-orm/core';

/**
 * A word of the searched text, written by the migration's triggers (never by the app), read to correct typos and
 * suggest "did you mean" by trigram distance (ADR 023).
 */
@Entity({ tableName: 'search_words' })
@Index({ name: 'search_words_trigram_index', expression: 'create index "search_words_trigram_index" on "search_words" using gist ("word" gist_trgm_ops)' })
export class SearchWord {
  @PrimaryKey({ type: 'text' })
  word: string;
}
