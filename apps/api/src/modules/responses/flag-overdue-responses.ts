import type { EntityManager } from '@mikro-orm/postgresql';
import { contextOf, type AppServices } from '../../context.js';
import { NotificationKind, notify } from '../notifications/index.js';
import { actingMemberIds } from '../organizations/index.js';
import type { ResponseStep } from './response-clock.entity.js';

/** How many overdue clocks one pass flags at most; the next pass takes the rest. */
const batchSize = 200;

type OverdueRow = { id: string; step: ResponseStep; idea_id: string; agency_id: string; title: string };

/**
 * Tells an agency's officers of each clock that ran past its deadline, once, before digests are gathered: an officer
 * on a daily digest reads them in the next one. Claimed with SKIP LOCKED so that processes never flag one twice.
 */
export async function flagOverdueResponses(services: AppServices, at: Date): Promise<number> {
  const em = services.orm.em.fork() as EntityManager;
  const flagged = await em.transactional(async (transaction) => {
    const rows: OverdueRow[] = await transaction.execute(
      `select c.id, c.step, c.idea_id, c.agency_id, i.title from response_clocks c join ideas i on i.id = c.idea_id
       where c.met_at is null and c.due_at <= ? and c.overdue_flagged_at is null
       order by c.due_at limit ${batchSize} for update of c skip locked`,
      [at],
    );
    if (rows.length > 0) await transaction.execute(`update response_clocks set overdue_flagged_at = ? where id in (${rows.map(() => '?').join(', ')})`, [at, ...rows.map((row) => row.id)]);
    return rows;
  });
  const context = contextOf(services, { token: null, clientAddress: 'responses', sessionCookie: null }, em, null);
  const officers = new Map<string, string[]>();
  for (const row of flagged) {
    if (!officers.has(row.agency_id)) officers.set(row.agency_id, await actingMemberIds(em, row.agency_id));
    await notify(context, {
      recipientIds: officers.get(row.agency_id)!,
      actorId: null,
      kind: NotificationKind.RESPONSES_OVERDUE,
      subjectType: 'Idea',
      subjectId: row.idea_id,
      title: row.title,
      text: row.step,
      dedupeKey: (recipientId) => `responses-overdue:${row.id}:${recipientId}`,
    });
  }
  return flagged.length;
}
