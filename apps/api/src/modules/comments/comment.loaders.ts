import DataLoader from 'dataloader';
import type { Context } from '../../context.js';

/** How many visible comments each subject of one type has, batched over a page of subjects. */
export function commentCountLoader(context: Context, subjectType: string) {
  return context.sharedLoader(`comments.count.${subjectType}`, () => new DataLoader<string, number>(async (subjectIds) => {
    const rows: { subject_id: string; count: string }[] = await context.em.getConnection().execute(
      `select subject_id, count(*) as count from comments
        where subject_type = ? and subject_id in (?) and deleted_at is null and hidden_at is null
        group by subject_id`,
      [subjectType, [...subjectIds]],
    );
    const counts = new Map(rows.map((row) => [row.subject_id, Number(row.count)]));
    return subjectIds.map((id) => counts.get(id) ?? 0);
  }));
}
