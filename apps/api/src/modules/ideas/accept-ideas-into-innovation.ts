import type { EntityManager } from '@mikro-orm/postgresql';
import { Idea } from './idea.entity.js';

/**
 * For the pipeline module: marks open or reviewed ideas ACCEPTED into an innovation, in the caller's transaction.
 * Returns how many ideas changed; the caller publishes Topic.IdeaChanged for each id after its commit.
 */
export async function acceptIdeasIntoInnovation(em: EntityManager, ideaIds: string[], innovationId: string): Promise<number> {
  if (ideaIds.length === 0) return 0;
  return em.nativeUpdate(
    Idea,
    { id: { $in: ideaIds }, status: { $in: ['OPEN', 'UNDER_REVIEW'] } },
    { status: 'ACCEPTED', innovationId, decidedAt: new Date() },
  );
}
