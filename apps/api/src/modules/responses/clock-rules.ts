import type { EntityManager } from '@mikro-orm/postgresql';
import type { IdeaStatus } from '@gotong/domain';
import type { Context } from '../../context.js';
import { now } from '../../core/clock.js';
import type { EventMeta, EventPayloads } from '../../core/events.js';
import type { Topic } from '../../core/pubsub.js';
import { Idea } from '../ideas/index.js';
import { NotificationKind, notify } from '../notifications/index.js';
import { actingMemberIds } from '../organizations/index.js';
import type { ResponseStep } from './response-clock.entity.js';
import { startClocks, stopClocks } from './open-clocks.js';

const freshEm = (context: Context) => context.services.orm.em.fork() as EntityManager;

/**
 * What a status stops (ADR 022): triage acknowledges (under review, declined with its reason, merged); a decision
 * resolves (accepted into an innovation, declined). Only an official reply stops REPLY.
 */
const stepsStoppedBy: Partial<Record<IdeaStatus, ResponseStep[]>> = {
  UNDER_REVIEW: ['ACKNOWLEDGE'],
  DECLINED: ['ACKNOWLEDGE', 'RESOLVE'],
  ACCEPTED: ['ACKNOWLEDGE', 'RESOLVE'],
  MERGED: ['ACKNOWLEDGE'],
};

/** A problem addressed to an agency starts its clocks, and the agency's officers hear of it. */
export async function startClocksOfPostedProblem(context: Context, { ideaId }: EventPayloads[Topic.IdeaPosted], { actorId }: EventMeta): Promise<void> {
  const em = freshEm(context);
  const idea = await em.findOne(Idea, { id: ideaId }, { populate: ['agency'] });
  if (!idea?.agency || idea.kind !== 'PROBLEM' || !idea.agency.verifiedAt) return;
  const agency = idea.agency;
  if ((await em.transactional((transaction) => startClocks(transaction, idea.id, agency, now()))) === 0) return;
  await notify(context, {
    recipientIds: await actingMemberIds(em, agency.id),
    actorId,
    kind: NotificationKind.IDEA_ADDRESSED,
    subjectType: 'Idea',
    subjectId: idea.id,
    title: idea.title,
    text: agency.name,
    dedupeKey: (recipientId) => `idea-addressed:${idea.id}:${recipientId}`,
  });
}

/**
 * A review stops the clocks its status answers; a merged duplicate's reply and resolution are the surviving idea's to
 * give. A change of votes alone (`voteCount` set) never changes the status, so it is skipped without a statement.
 */
export async function stopClocksOfReviewedIdea(context: Context, { ideaId, voteCount }: EventPayloads[Topic.IdeaChanged]): Promise<void> {
  if (voteCount !== undefined) return;
  const em = freshEm(context);
  const [idea] = await em.execute<{ status: IdeaStatus }[]>(
    `select i.status from ideas i where i.id = ? and exists (select 1 from response_clocks c where c.idea_id = i.id and c.met_at is null)`,
    [ideaId],
  );
  const steps = idea && stepsStoppedBy[idea.status];
  if (!steps) return;
  await em.transactional(async (transaction) => {
    await stopClocks(transaction, ideaId, steps, now());
    if (idea.status === 'MERGED') await transaction.execute(`delete from response_clocks where idea_id = ? and met_at is null and step in ('REPLY', 'RESOLVE')`, [ideaId]);
  });
}
