import { isIdeaVotable, type IdeaStatus } from '@gotong/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import { UserErrorCode, UserErrorException, userError } from '../../core/user-error.js';
import { Idea } from './idea.entity.js';

/**
 * Locks ideas' rows for the rest of the transaction, in id order so that two transactions never wait on each other.
 * Every change of votes takes this lock before it touches idea_votes: a merge and a vote cannot deadlock.
 */
export async function lockIdeas(em: EntityManager, ideaIds: string[]): Promise<Map<string, IdeaStatus>> {
  const rows: { id: string; status: IdeaStatus }[] = await em.execute('select id, status from ideas where id in (?) order by id for update', [ideaIds]);
  return new Map(rows.map((row) => [row.id, row.status]));
}

export async function lockVotableIdea(em: EntityManager, ideaId: string): Promise<void> {
  const status = (await lockIdeas(em, [ideaId])).get(ideaId);
  if (!status || !isIdeaVotable(status)) {
    throw new UserErrorException(userError(UserErrorCode.NOT_ALLOWED_NOW, { key: 'ideas.vote.refused.closed' }, 'input.ideaId'));
  }
}

/** Re-reads the counters changed by SQL, so the payload shows them and no later flush writes stale values back. */
export async function refreshCounters(em: EntityManager, ideaId: string): Promise<Idea> {
  return em.findOneOrFail(Idea, { id: ideaId }, { refresh: true, populate: ['author', 'organization', 'agency', 'service'] });
}
