import type { Locale } from '@gotong/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../context.js';
import type { NotificationKind } from './notification-kinds.js';
import { queueDigestEmail } from './notifications.emails.js';

type DueRow = {
  id: string;
  recipient_id: string;
  email: string;
  locale: Locale;
  kind: NotificationKind;
  title: string;
  text: string | null;
  quote: string | null;
  actor_name: string | null;
};

/** How many notifications one pass gathers at most; the next pass takes the rest. */
const batchSize = 500;

/**
 * Turns the notifications whose digest is due into one email per person. Rows are claimed with
 * FOR UPDATE SKIP LOCKED, so processes gathering at the same time never put a notification in two digests.
 */
export async function gatherDigests({ orm, config }: Pick<AppServices, 'orm' | 'config'>, now: Date): Promise<number> {
  const em = orm.em.fork() as EntityManager;
  return em.transactional(async (transaction) => {
    const rows: DueRow[] = await transaction.execute(
      `select n.id, n.recipient_id, u.email, u.locale, n.kind, n.title, n.text, n.quote, a.display_name as actor_name
       from notifications n
       join users u on u.id = n.recipient_id
       left join users a on a.id = n.actor_id
       where n.email_due_at <= ? and n.emailed_at is null
       order by n.recipient_id, n.created_at
       limit ${batchSize}
       for update of n skip locked`,
      [now],
    );
    if (rows.length === 0) return 0;
    const byRecipient = new Map<string, DueRow[]>();
    for (const row of rows) byRecipient.set(row.recipient_id, [...(byRecipient.get(row.recipient_id) ?? []), row]);
    for (const notifications of byRecipient.values()) {
      const { email, locale } = notifications[0];
      const emailed = notifications.map((row) => ({ kind: row.kind, title: row.title, text: row.text, actorName: row.actor_name, quote: row.quote }));
      queueDigestEmail(transaction, { email, locale }, emailed, config.publicOrigin);
    }
    await transaction.execute(`update notifications set emailed_at = ? where id in (${rows.map(() => '?').join(', ')})`, [now, ...rows.map((row) => row.id)]);
    return byRecipient.size;
  });
}
