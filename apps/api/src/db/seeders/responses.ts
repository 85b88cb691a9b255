import type { EntityManager } from '@mikro-orm/postgresql';
import { Comment } from '../../modules/comments/comment.entity.js';
import { Idea } from '../../modules/ideas/idea.entity.js';
import { actingMemberIds } from '../../modules/organizations/index.js';
import { startClocks, stopClocks } from '../../modules/responses/open-clocks.js';
import type { ResponseStep } from '../../modules/responses/response-clock.entity.js';

const day = 24 * 60 * 60 * 1000;

/** What the demo's statuses stopped, a day after posting unless the idea says when it was decided. */
const stoppedBy: Record<string, ResponseStep[]> = { UNDER_REVIEW: ['ACKNOWLEDGE'], DECLINED: ['ACKNOWLEDGE', 'RESOLVE'], ACCEPTED: ['ACKNOWLEDGE', 'RESOLVE'], MERGED: ['ACKNOWLEDGE'] };

/**
 * The clocks of the demo's problems, as if they had run since each was posted: those reviewed stopped, the first
 * comment by an officer of the addressed agency its official reply (Disdukcapil Kota Bandung's on the KTP-el queue),
 * and the rest running or overdue by now.
 */
export async function seedResponseClocks(em: EntityManager): Promise<void> {
  const problems = await em.find(Idea, { kind: 'PROBLEM', agency: { verifiedAt: { $ne: null } } }, { populate: ['agency'], orderBy: { createdAt: 'asc' } });
  for (const idea of problems) {
    const agency = idea.agency!;
    await startClocks(em, idea.id, agency, idea.createdAt);
    await stopClocks(em, idea.id, stoppedBy[idea.status] ?? [], idea.decidedAt ?? new Date(idea.createdAt.getTime() + day));
    const officers = await actingMemberIds(em, agency.id);
    const [reply] = await em.find(Comment, { subjectType: 'Idea', subjectId: idea.id, author: { $in: officers }, deletedAt: null }, { orderBy: { createdAt: 'asc' }, limit: 1 });
    if (!reply) continue;
    await em.execute(`insert into official_replies (id, created_at, updated_at, comment_id, idea_id, agency_id, marked_by_id) values (gen_random_uuid(), ?, ?, ?, ?, ?, ?)`, [
      reply.createdAt,
      reply.createdAt,
      reply.id,
      idea.id,
      agency.id,
      reply.author.id,
    ]);
    await stopClocks(em, idea.id, ['REPLY'], reply.createdAt);
  }
}
