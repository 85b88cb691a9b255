import DataLoader from 'dataloader';
import type { Context } from '../../context.js';
import { Follow } from './follow.entity.js';

/** Whether the viewer follows each subject of one type, batched over a page. */
export function viewerFollowsLoader(context: Context, subjectType: string) {
  return context.loader(`follows.viewer.${subjectType}`, () => new DataLoader<string, boolean>(async (subjectIds) => {
    const follows = await context.em.find(Follow, { user: context.viewer!.id, subjectType, subjectId: { $in: [...subjectIds] } }, { fields: ['subjectId'] });
    const followed = new Set(follows.map((follow) => follow.subjectId));
    return subjectIds.map((id) => followed.has(id));
  }));
}

export function followerCountLoader(context: Context, subjectType: string) {
  return context.loader(`follows.count.${subjectType}`, () => new DataLoader<string, number>(async (subjectIds) => {
    const rows: { subject_id: string; count: string }[] = await context.em.getConnection().execute(
      'select subject_id, count(*) as count from follows where subject_type = ? and subject_id in (?) group by subject_id',
      [subjectType, [...subjectIds]],
    );
    const counts = new Map(rows.map((row) => [row.subject_id, Number(row.count)]));
    return subjectIds.map((id) => counts.get(id) ?? 0);
  }));
}

export async function viewerFollows(context: Context, subjectType: string, subjectId: string): Promise<boolean> {
  return context.viewer ? viewerFollowsLoader(context, subjectType).load(subjectId) : false;
}
