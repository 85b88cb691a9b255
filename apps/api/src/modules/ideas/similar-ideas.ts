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

/** The statement of similarIdeas (exported for the benchmark, which explains and times it), or null without telling words. */
export function similarIdeasStatement(draft: { title: string; body: string }, limit: number): { sql: string; params: unknown[] } | null {
  const words = draftWords(draft.title, draft.body);
  if (words.length === 0) return null;
  const typingTitle = draft.body.trim() === '';
  const query = searchQuerySql(words, { prefixLast: typingTitle, anyWord: true });
  return {
    sql: `with search as (select ${query.sql} as terms)
     select t.id from ideas t, search
      where search_document(t.title, '') @@ search.terms and t.hidden_at is null and t.status <> 'MERGED'
      order by ts_rank('{0, 0, 0.4, 1.0}', t.search_vector, search.terms) desc, t.vote_count desc, t.id
      limit ?`,
    params: [...query.params, limit],
  };
}

/**
 * Ideas like the draft, to head off duplicates: an idea whose title holds any of the draft's words (as written or within
 * their typo allowance, so "antrian" finds "antrean"), ranked by how many of them it holds, title words weighing more
 * than body words. Candidates come from the title alone (its own index), which keeps the ranked set small on a large table;
 * the last title word counts as a prefix while the body is empty (the title is being typed).
 */
export async function similarIdeas(context: Context, draft: { title: string; body: string }, first: number): Promise<Idea[]> {
  const limit = Math.min(pageSize(first), maxSimilarIdeas);
  const statement = similarIdeasStatement(draft, limit);
  if (!statement || limit === 0) return [];
  const rows: { id: string }[] = await context.em.execute(statement.sql, statement.params);
  if (rows.length === 0) return [];
  const ideas = await context.em.find(Idea, { id: { $in: rows.map((row) => row.id) } }, { populate: ['author', 'organization', 'agency', 'service'] });
  const byId = new Map(ideas.map((idea) => [idea.id, idea]));
  return rows.map((row) => byId.get(row.id)!).filter(Boolean);
}
