import type { Context } from '../../context.js';
import { pageSize } from '../../core/connection.js';
import { Idea } from './idea.entity.js';

export const maxSimilarIdeas = 10;

/**
 * Ideas whose titles look like the text being written, to head off duplicates: similar as a whole (`%`), or the
 * words typed so far found in a longer title (`<%`, word similarity); both use the title's trigram index.
 */
export async function similarIdeas(context: Context, text: string, first: number): Promise<Idea[]> {
  const words = text.trim().slice(0, 300);
  const limit = Math.min(pageSize(first), maxSimilarIdeas);
  if (words.length < 3 || limit === 0) return [];
  const rows: { id: string }[] = await context.em.execute(
    `select id from ideas
      where (title % ? or ? <% title) and hidden_at is null and status <> 'MERGED'
      order by greatest(similarity(title, ?), word_similarity(?, title)) desc, vote_count desc, id
      limit ?`,
    [words, words, words, words, limit],
  );
  if (rows.length === 0) return [];
  const ideas = await context.em.find(Idea, { id: { $in: rows.map((row) => row.id) } }, { populate: ['author', 'organization', 'agency', 'service'] });
  const byId = new Map(ideas.map((idea) => [idea.id, idea]));
  return rows.map((row) => byId.get(row.id)!).filter(Boolean);
}
