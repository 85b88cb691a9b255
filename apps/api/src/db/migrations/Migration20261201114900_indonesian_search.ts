import { Migration } from '@mikro-orm/migrations';

/** Tables searched, with the columns of their words (the first is the title, weighted above the rest). */
const searched: [table: string, columns: string[]][] = [
  ['ideas', ['title', 'body']],
  ['discussions', ['title', 'body']],
  ['innovations', ['title', 'summary', 'problem_statement']],
  ['courses', ['title', 'summary']],
  ['services', ['name', 'description']],
  ['organizations', ['name', 'description']],
  ['surveys', ['title', 'period']],
];

/** Search that ignores accents and case and forgives typos (ADR 023). */
export class Migration20261201114900_indonesian_search extends Migration {

  override async up(): Promise<void> {
    // The functions name their schema: PostgreSQL 17 (the embedded one) builds indexes with a search_path of pg_catalog only.
    this.addSql(`create extension if not exists unaccent schema public;`);
    this.addSql(`create extension if not exists fuzzystrmatch schema public;`);
    // unaccent() is STABLE: it finds its dictionary through search_path at each call. Naming the dictionary makes the
    // result depend on the text alone, which lets indexes and generated columns use it (they need IMMUTABLE).
    this.addSql(`create function search_text(value text) returns text language sql immutable parallel safe strict
      as $$ select lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;`);
    this.addSql(`create function search_document(title text, body text) returns tsvector language sql immutable parallel safe
      as $$ select setweight(to_tsvector('simple'::regconfig, coalesce(public.search_text(title), '')), 'A')
        || setweight(to_tsvector('simple'::regconfig, coalesce(public.search_text(body), '')), 'B') $$;`);

    // Every word of the searched text, for spelling corrections and "did you mean" (nearest by trigrams).
    this.addSql(`create table search_words (word text primary key);`);
    this.addSql(`create index search_words_trigram_index on search_words using gist (word gist_trgm_ops);`);
    this.addSql(`create function search_words_of(value text) returns setof text language sql immutable parallel safe
      as $$ select lexeme from unnest(to_tsvector('simple'::regconfig, coalesce(public.search_text(value), ''))) where lexeme ~ '^[a-z]{3,40}$' $$;`);
    // Words are only added (never counted or removed): a word gone from the text still corrects to nothing visible.
    // Sorted, so two writers adding the same new words wait for each other instead of deadlocking.
    this.addSql(`create function search_words_remember() returns trigger language plpgsql as $$
      begin
        insert into public.search_words (word)
          select distinct word from public.search_words_of((select string_agg(to_jsonb(new) ->> column_name, ' ') from unnest(tg_argv) column_name)) word
          order by word
        on conflict do nothing;
        return null;
      end $$;`);
    for (const [table, columns] of searched) {
      this.addSql(`create trigger ${table}_search_words after insert or update of ${columns.join(', ')} on ${table}
        for each row execute function search_words_remember(${columns.map((column) => `'${column}'`).join(', ')});`);
      this.addSql(`insert into search_words (word) select distinct search_words_of(concat_ws(' ', ${columns.join(', ')})) from ${table} on conflict do nothing;`);
    }

    // Edits forgiven in a word of this length: none under 4 letters, 1 up to 5, 2 up to 8, 3 from 9.
    this.addSql(`create function search_edits(word text) returns int language sql immutable parallel safe strict
      as $$ select case when length(word) < 4 then 0 when length(word) < 6 then 1 when length(word) < 9 then 2 else 3 end $$;`);
    // The words, each as written or as a known word within its edits: all of them (search, the feed's filter) or any
    // (similar ideas); the last also as a prefix when typing. Declared IMMUTABLE although it reads search_words, so that
    // the planner folds it into a constant while planning: it sees the real query (its selectivity from the column's
    // statistics) and the query is built once. A plan kept by a named prepared statement would keep the corrections
    // of its planning time; the app prepares none. Never use it in an index or a generated column.
    this.addSql(`create function search_query(words text[], prefix_last boolean, any_word boolean default false)
      returns tsquery language sql immutable parallel safe as $$
      select to_tsquery('simple', string_agg(alternatives, case when any_word then ' | ' else ' & ' end order by position))
      from (
        select given.position, '(' || string_agg(quote_literal(alternative.word) || case when alternative.prefix then ':*' else '' end, ' | ') || ')' as alternatives
        from (select public.search_text(word) as word, position from unnest(words) with ordinality as typed(word, position)) given
        cross join lateral (
          select given.word, prefix_last and given.position = cardinality(words) as prefix
          union
          select near.word, false from (select word from public.search_words order by word operator(public.<->) given.word limit 20) near
           where public.search_edits(given.word) > 0 and near.word <> given.word
             and public.levenshtein_less_equal(near.word, given.word, public.search_edits(given.word)) <= public.search_edits(given.word)
        ) alternative
        where given.word ~ '^[[:alnum:]]+$'
        group by given.position
      ) per_word $$;`);

    this.addSql(`alter table "ideas" drop column "search_vector";`);
    this.addSql(`alter table "ideas" add column "search_vector" tsvector generated always as (search_document(title, body)) stored;`);
    this.addSql(`create index "ideas_search_vector_index" on "public"."ideas" using gin("search_vector");`);
    this.addSql(`alter table "discussions" drop column "search_vector";`);
    this.addSql(`alter table "discussions" add column "search_vector" tsvector generated always as (search_document(title, body)) stored;`);
    this.addSql(`create index "discussions_search_vector_index" on "public"."discussions" using gin("search_vector");`);
    // The title's words alone, where similar ideas look for candidates.
    this.addSql(`create index "ideas_title_search_index" on "ideas" using gin (search_document(title, ''));`);
    this.addSql(`create index "innovations_search_index" on "innovations" using gin (search_document(title, summary || ' ' || problem_statement));`);
    this.addSql(`create index "courses_search_index" on "courses" using gin (search_document(title, summary));`);
    this.addSql(`create index "services_search_index" on "services" using gin (search_document(name, description));`);
    this.addSql(`create index "organizations_search_index" on "organizations" using gin (search_document(name, description));`);
    this.addSql(`create index "surveys_search_index" on "surveys" using gin (search_document(title, period));`);
  }

}
