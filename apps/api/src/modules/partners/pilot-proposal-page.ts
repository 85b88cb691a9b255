import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { GateFacts } from '@gotong/domain';
import type { Context } from '../../context.js';
import { findPage, type PageArgs } from '../../core/connection.js';
import { idOfType } from '../../core/global-id.js';
import type { Innovation } from '../pipeline/innovation.entity.js';
import { visibleProposalsFilter } from './partners.permissions.js';
import { PilotProposal } from './pilot-proposal.entity.js';
import type { PilotProposalFilter } from './pilot-proposal.type.js';

/** Proposals the viewer may see, newest first. An id of the wrong type matches nothing. */
export async function pilotProposalPage(context: Context, filter: PilotProposalFilter | null, page: PageArgs) {
  const where: FilterQuery<PilotProposal>[] = [await visibleProposalsFilter(context)];
  const byId = (globalId: string | null | undefined, typeName: string) => (globalId ? (idOfType(globalId, typeName) ?? '00000000-0000-0000-0000-000000000000') : null);
  const proposerId = byId(filter?.proposerId, 'Organization');
  const agencyId = byId(filter?.agencyId, 'Organization');
  const innovationId = byId(filter?.innovationId, 'Innovation');
  if (filter?.status) where.push({ status: filter.status });
  if (filter?.statuses) where.push({ status: { $in: filter.statuses } });
  if (proposerId) where.push({ proposer: proposerId });
  if (agencyId) where.push({ agency: agencyId });
  // An innovation made from an idea also shows the proposals made for that idea (as its TRIAL gate counts them).
  if (innovationId) where.push({ $or: [{ innovation: innovationId }, { idea: { innovationId } }] });
  return findPage(context.em, PilotProposal, { $and: where }, [{ property: 'createdAt', direction: 'desc' }, { property: 'id', direction: 'desc' }], page, {
    populate: ['proposer', 'agency', 'innovation', 'idea'],
  });
}

/**
 * For the TRIAL gate: ACCEPTED proposals of each innovation, counting those accepted for one of its ideas
 * (the agency created the innovation from the idea the partner proposed to pilot).
 */
export async function acceptedPilotProposalFacts(em: EntityManager, innovations: readonly Innovation[]): Promise<Map<string, Partial<GateFacts>>> {
  if (innovations.length === 0) return new Map();
  const ids = innovations.map((innovation) => innovation.id);
  const rows: { innovation_id: string; count: string }[] = await em.execute(
    `select coalesce(proposal.innovation_id, idea.innovation_id) as innovation_id, count(*) as count
       from pilot_proposals proposal
       left join ideas idea on idea.id = proposal.idea_id
      where proposal.status = 'ACCEPTED' and (proposal.innovation_id in (?) or idea.innovation_id in (?))
      group by 1`,
    [ids, ids],
  );
  return new Map(rows.map((row) => [row.innovation_id, { acceptedPilotProposalCount: Number(row.count) }]));
}
