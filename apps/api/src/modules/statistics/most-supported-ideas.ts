import type { Context } from '../../context.js';
import { Idea } from '../ideas/idea.entity.js';
import { publicContentSql } from '../moderation/moderatable-content.js';
import type { IdeaSupport } from './statistics.type.js';

/** The ideas that received the most votes since `since` (the public's ideas, merged ones left out): two statements. */
export async function mostSupportedIdeas(context: Context, since: Date, first: number): Promise<IdeaSupport[]> {
  const rows = await context.em.getConnection().execute<{ idea_id: string; votes: number }[]>(
    `select v.idea_id, count(*)::int as votes from idea_votes v join ideas i on i.id = v.idea_id
     where v.created_at >= ? and ${publicContentSql('i')} and i.status <> 'MERGED'
     group by v.idea_id order by votes desc, v.idea_id limit ?`,
    [since, first],
  );
  if (rows.length === 0) return [];
  const ideas = await context.em.find(Idea, { id: { $in: rows.map((row) => row.idea_id) } }, { populate: ['author', 'organization', 'agency', 'service'] });
  const byId = new Map(ideas.map((idea) => [idea.id, idea]));
  return rows.flatMap((row) => {
    const idea = byId.get(row.idea_id);
    return idea ? [{ idea, votes: row.votes }] : [];
  });
}
