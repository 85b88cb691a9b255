/** A case-insensitive "contains" filter for a name column, with LIKE's wildcards taken literally. */
export function containsText(text: string): { $ilike: string } {
  const escaped = text.trim().slice(0, 100).replace(/[\\%_]/g, (character) => `\\${character}`);
  return { $ilike: `%${escaped}%` };
}

const maxSearchWords = 8;
const maxWordLength = 40;

/**
 * The words of a search as typed, for `search_query` (ADR 023): split at anything but letters and digits, accents and
 * case folded (the database folds them again with unaccent), repeated words once, at most 8 words of 40 characters.
 */
export function searchWords(text: string, max = maxSearchWords): string[] {
  const folded = text.slice(0, 1000).normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
  const words = folded.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0 && word.length <= maxWordLength);
  return [...new Set(words)].slice(0, max);
}

type SearchQueryOptions = {
  /** The last word also as a prefix (as one types). */
  prefixLast?: boolean;
  /** Any word instead of every word. */
  anyWord?: boolean;
};

/**
 * SQL for the text search of these words (from `searchWords`, not empty): every word (or any) as written or within its
 * typo allowance of a known word. `search_query` is folded into a constant while the statement is planned (ADR 023), so
 * a tsvector compared with it is served by its GIN index when the words are rare enough for that to pay.
 */
export function searchQuerySql(words: string[], { prefixLast = true, anyWord = false }: SearchQueryOptions = {}): { sql: string; params: unknown[] } {
  return { sql: `search_query(array[${words.map(() => '?').join(', ')}]::text[], ${prefixLast}, ${anyWord})`, params: words };
}
