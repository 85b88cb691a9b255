import { ideaStatuses, type IdeaStatus } from '@gotong/domain';
import type { Context } from '../../context.js';
import { publicContentSql } from '../moderation/moderatable-content.js';
import { Conditions, monthOf, monthSeries } from './statistics-scope.js';
import type { IdeaStatistics, StatisticsScope } from './statistics.type.js';

/** Ideas by status and by month in one statement: one group per (status, month), summed both ways here. */
export async function ideaStatistics(context: Context, scope: StatisticsScope): Promise<IdeaStatistics> {
  const where = new Conditions().add(publicContentSql('i')).owner(scope, { agency: 'i.agency_id', service: 'i.service_id' }).during(scope, 'i.created_at');
  const rows = await context.em
    .getConnection()
    .execute<{ status: IdeaStatus; month: string; count: number }[]>(
      `select i.status, ${monthOf('i.created_at')} as month, count(*)::int as count from ideas i where ${where.where} group by 1, 2`,
      where.params,
    );
  const byStatus = new Map<IdeaStatus, number>();
  const byMonth = new Map<string, number>();
  for (const row of rows) {
    byStatus.set(row.status, (byStatus.get(row.status) ?? 0) + row.count);
    byMonth.set(row.month, (byMonth.get(row.month) ?? 0) + row.count);
  }
  return {
    total: rows.reduce((sum, row) => sum + row.count, 0),
    byStatus: ideaStatuses.map((status) => ({ status, count: byStatus.get(status) ?? 0 })),
    byMonth: monthSeries(scope, byMonth, () => 0).map(({ month, value }) => ({ month, count: value })),
  };
}
