import { pilotProposalStatuses, type PilotProposalStatus } from '@gotong/domain';
import type { Context } from '../../context.js';
import { publicProposalsSql } from '../partners/partners.permissions.js';
import { Conditions } from './statistics-scope.js';
import type { PilotProposalStatistics, StatisticsScope } from './statistics.type.js';

/** Proposals made in the period that the public sees, by status; a proposal's service is its innovation's or idea's. */
export async function pilotProposalStatistics(context: Context, scope: StatisticsScope): Promise<PilotProposalStatistics> {
  const where = new Conditions()
    .add(publicProposalsSql('p'))
    .owner(scope, { agency: 'p.agency_id', service: 'coalesce(n.service_id, d.service_id)' })
    .during(scope, 'p.created_at');
  const rows = await context.em.getConnection().execute<{ status: PilotProposalStatus; count: number }[]>(
    `select p.status, count(*)::int as count
     from pilot_proposals p left join innovations n on n.id = p.innovation_id left join ideas d on d.id = p.idea_id
     where ${where.where} group by 1`,
    where.params,
  );
  const countOf = new Map(rows.map((row) => [row.status, row.count]));
  return {
    total: rows.reduce((sum, row) => sum + row.count, 0),
    byStatus: pilotProposalStatuses.filter((status) => countOf.has(status)).map((status) => ({ status, count: countOf.get(status)! })),
  };
}
