import type { IdeaStatus } from '@gotong/domain';
import type { Context } from '../../context.js';
import { now } from '../../core/clock.js';
import { decodeCursor, pageSize, type ConnectionShape, type PageArgs } from '../../core/connection.js';
import { idOfType, isUuid } from '../../core/global-id.js';
import { mapPrefixed, rawConnection, selectColumns } from '../../core/raw-connection.js';
import { Idea } from '../ideas/index.js';
import { visibleContentSql } from '../moderation/index.js';
import type { Organization } from '../organizations/index.js';

export type InboxFilter = { serviceId?: string | null; status?: IdeaStatus | null; overdue?: boolean | null };

type InboxRow = Record<string, unknown> & { next_due_at: Date | null };

const isCursor = (values: unknown[]) => values.length === 2 && (values[0] === null || values[0] instanceof Date) && typeof values[1] === 'string' && isUuid(values[1]);

/**
 * The problems addressed to an agency with clocks, what is due first first (those with every clock stopped last);
 * by service, status, or only those overdue. One statement a page, over the agency's clocks (ADR 022).
 */
export async function agencyInbox(context: Context, agency: Organization, filter: InboxFilter, page: PageArgs): Promise<ConnectionShape<Idea>> {
  const limit = pageSize(page.first);
  const at = now();
  const where: string[] = [];
  const params: unknown[] = [at, agency.id];
  const visible = visibleContentSql(context, 'i');
  where.push(visible.sql);
  params.push(...visible.params);
  if (filter.serviceId) {
    where.push('i.service_id = ?');
    params.push(idOfType(filter.serviceId, 'Service') ?? '00000000-0000-0000-0000-000000000000');
  }
  if (filter.status) {
    where.push('i.status = ?');
    params.push(filter.status);
  }
  if (filter.overdue) where.push('inbox.overdue');
  const filterParams = params.slice();
  if (page.after) {
    const [due, id] = decodeCursor(page.after, isCursor) as [Date | null, string];
    where.push(`(coalesce(inbox.next_due_at, 'infinity'::timestamptz), i.id) > (?::timestamptz, ?)`);
    params.push(due ? due.toISOString() : 'infinity', id);
  }
  const from = `from (select c.idea_id, min(c.due_at) filter (where c.met_at is null) as next_due_at, bool_or(c.met_at is null and c.due_at <= ?) as overdue
       from response_clocks c where c.agency_id = ? group by c.idea_id) inbox
     join ideas i on i.id = inbox.idea_id`;
  const rows: InboxRow[] = await context.em.execute(
    `select ${selectColumns(context.em, Idea, 'i', 'idea_')}, inbox.next_due_at ${from}
     where ${where.join(' and ')}
     order by coalesce(inbox.next_due_at, 'infinity'::timestamptz), i.id limit ${limit + 1}`,
    params,
  );
  const filterSql = where.slice(0, where.length - (page.after ? 1 : 0)).join(' and ');
  const ideas = new Map(rows.map((row) => [row, mapPrefixed(context.em, Idea, row, 'idea_')!]));
  // Each item shows its service: loaded for the page in one statement, not left to whatever the operation read before.
  await context.em.populate([...ideas.values()], ['service']);
  return rawConnection(
    rows,
    limit,
    page,
    (row) => {
      const idea = ideas.get(row)!;
      return { cursorValues: [row.next_due_at ? new Date(row.next_due_at) : null, idea.id], node: idea };
    },
    async () => Number((await context.em.execute<{ count: string }[]>(`select count(*) as count ${from} where ${filterSql}`, filterParams))[0].count),
  );
}
