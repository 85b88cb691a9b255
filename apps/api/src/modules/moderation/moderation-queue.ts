import type { Context } from '../../context.js';
import { decodeCursor, pageSize, type ConnectionShape, type PageArgs } from '../../core/connection.js';
import { isUuid, toGlobalId } from '../../core/global-id.js';
import { rawConnection } from '../../core/raw-connection.js';
import { moderatableRegistration } from './moderatable-content.js';
import type { ReportedContentType } from './moderation.type.js';

type QueueRow = { subject_type: string; subject_id: string; report_count: number; first_reported_at: Date; last_reported_at: Date };

/** Loads the reported items of a page, one statement per content type. */
async function loadSubjects(context: Context, rows: QueueRow[]): Promise<Map<string, object>> {
  const subjects = new Map<string, object>();
  for (const typeName of new Set(rows.map((row) => row.subject_type))) {
    const registration = moderatableRegistration(typeName);
    if (!registration) continue;
    const ids = rows.filter((row) => row.subject_type === typeName).map((row) => row.subject_id);
    const found = (await context.em.find(registration.entity as never, { id: { $in: ids } } as never, { populate: ['author'] as never })) as { id: string }[];
    for (const subject of found) subjects.set(subject.id, subject);
  }
  return subjects;
}

/**
 * The moderators' queue: open reports grouped by the item reported, the most recently reported first,
 * keyset-paginated on (last report, item id). A page costs a fixed number of statements.
 */
export async function moderationQueue(context: Context, page: PageArgs): Promise<ConnectionShape<ReportedContentType>> {
  const limit = pageSize(page.first);
  const after = page.after ? decodeCursor(page.after, ([at, id]) => typeof at === 'string' && !Number.isNaN(Date.parse(at)) && isUuid(id)) : null;
  const connection = context.em.getConnection();
  const rows: QueueRow[] = limit === 0 ? [] : await connection.execute(
    `select subject_type, subject_id, count(*)::int as report_count, min(created_at) as first_reported_at, max(created_at) as last_reported_at
       from content_reports where resolved_at is null
      group by subject_type, subject_id
     ${after ? 'having (max(created_at), subject_id) < (?::timestamptz, ?::uuid)' : ''}
      order by max(created_at) desc, subject_id desc
      limit ?`,
    [...(after ?? []), limit + 1],
  );
  const pageRows = rows.slice(0, limit);
  const reasons: { subject_id: string; reason: string }[] = pageRows.length === 0 ? [] : await connection.execute(
    `select subject_id, reason from (
       select subject_id, reason, row_number() over (partition by subject_id order by created_at desc) as position
         from content_reports where resolved_at is null and subject_id in (?)
     ) latest where position <= 5`,
    [pageRows.map((row) => row.subject_id)],
  );
  const subjects = await loadSubjects(context, pageRows);
  return rawConnection(
    rows,
    limit,
    page,
    (row) => ({
      cursorValues: [new Date(row.last_reported_at).toISOString(), row.subject_id],
      node: {
        subject: subjects.get(row.subject_id) ?? null,
        subjectId: toGlobalId(row.subject_type, row.subject_id),
        reportCount: row.report_count,
        firstReportedAt: new Date(row.first_reported_at),
        lastReportedAt: new Date(row.last_reported_at),
        reasons: reasons.filter((reason) => reason.subject_id === row.subject_id).map((reason) => reason.reason),
      },
    }),
    () =>
      connection
        .execute<{ count: number }[]>('select count(*)::int as count from (select 1 from content_reports where resolved_at is null group by subject_type, subject_id) items')
        .then((result) => result[0].count),
  );
}
