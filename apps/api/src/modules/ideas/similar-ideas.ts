import { createRequire } from 'node:module';
import type { Context } from '../../context.js';
import { pageSize } from '../../core/connection.js';
import { searchQuerySql, searchWords } from '../../core/text-filter.js';
import { Idea } from './idea.entity.js';

export const maxSimilarIdeas = 10;

/** Words read from the draft: its title's, then its body's, at most this many. */
const maxWords = 12;

// Indonesian function words ("di", "yang", "untuk"...) are in most titles: they would match everything.
const stopwords = new Set((createRequire(import.meta.url)('stopwords-iso') as Record<string, string[]>).id);

/** The draft's telling words: its title's first, then its body's, without Indonesian stopwords. */
export function draftWords(title: string, body: string): string[] {
  const words = [...searchWords(title, maxWords * 2), ...searchWords(body.slice(0, 2000), maxWords * 4)];
  return [...new Set(words.filter((word) => word.length >= 3 && !stopwords.has(word)))].slice(0, maxWords);
}

/**
 * Ideas like the draft, to head off duplicates: an idea whose title holds any of the draft's words (as written or within
 * their typo allowance, so "antrian" finds "antrean"), ranked by how many of them it holds, title words weighing more
 * than body words. Candidates come from the title (weight A) alone, which keeps the ranked set small on a large table;
 * the last title word counts as a prefix while the body is empty (the title is being typed).
 */
export async function similarIdeas(context: Context, draft: { title: string; body: string }, first: number): Promise<Idea[]> {
  const limit = Math.min(pageSize(first), maxSimilarIdeas);
  const words = draftWords(draft.title, draft.body);
  if (words.length === 0 || limit === 0) return [];
  const typingTitle = draft.body.trim() === '';
  const inTitle = searchQuerySql(words, { prefixLast: typingTitle, anyWord: true, titleOnly: true });
  const anywhere = searchQuerySql(words, { prefixLast: typingTitle, anyWord: true });
  const rows: { id: string }[] = await context.em.execute(
    `with search as materialized (select ${inTitle.sql} as in_title, ${anywhere.sql} as anywhere)
     select t.id from ideas t, search
      where t.search_vector @@ search.in_title and t.hidden_at is null and t.status <> 'MERGED'
      order by ts_rank('{0, 0, 0.4, 1.0}', t.search_vector, search.anywhere) desc, t.vote_count desc, t.id
      limit ?`,
    [...inTitle.params, ...anywhere.params, limit],
  );
  if (rows.length === 0) return [];
  const ideas = await context.em.find(Idea, { id: { $in: rows.map((row) => row.id) } }, { populate: ['author', 'organization', 'agency', 'service'] });
  const byId = new Map(ideas.map((idea) => [idea.id, idea]));
  return rows.map((row) => byId.get(row.id)!).filter(Boolean);
}
