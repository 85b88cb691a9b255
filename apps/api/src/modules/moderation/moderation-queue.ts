import type { Context } from '../../context.js';
import { decodeCursor, pageSize, type ConnectionShape, type PageArgs } from '../../core/connection.js';
import { isUuid, toGlobalId } from '../../core/global-id.js';
import { rawConnection } from '../../core/raw-connection.js';
import { moderatableRegistration, type ModeratableEntity } from './moderatable-content.js';
import type { ReportedContentType, ReportReasonGroupType } from './moderation.type.js';
import type { ReportCategory } from './report.entity.js';

type QueueRow = { subject_type: string; subject_id: string; report_count: number; first_reported_at: Date; last_reported_at: Date };
type Reference = { typeName: string; id: string };

/** Loads items by kind and id, one statement per kind, with what the queue shows of them (moderators see everything). */
async function loadByKind(context: Context, references: Reference[]): Promise<Map<string, ModeratableEntity>> {
  const loaded = new Map<string, ModeratableEntity>();
  for (const typeName of new Set(references.map((reference) => reference.typeName))) {
    const kind = moderatableRegistration(typeName);
    if (!kind) continue;
    const ids = references.filter((reference) => reference.typeName === typeName).map((reference) => reference.id);
    const found = (await context.em.find(kind.entity as never, { id: { $in: ids } } as never, { populate: kind.populate as never })) as ModeratableEntity[];
    for (const item of found) loaded.set(`${typeName}:${item.id}`, item);
  }
  return loaded;
}

/** The open reports of the page's items grouped by category, with the latest reasons of each group. */
async function reasonGroups(context: Context, rows: QueueRow[]): Promise<Map<string, ReportReasonGroupType[]>> {
  const groups = new Map<string, ReportReasonGroupType[]>();
  if (rows.length === 0) return groups;
  const grouped: { subject_id: string; category: ReportCategory; count: number; reasons: string[] }[] = await context.em.getConnection().execute(
    `select subject_id, category, count(*)::int as count, (array_agg(reason order by created_at desc))[1:3] as reasons
       from content_reports where resolved_at is null and subject_id in (?)
      group by subject_id, category
      order by count(*) desc, category`,
    [rows.map((row) => row.subject_id)],
  );
  for (const group of grouped) {
    groups.set(group.subject_id, [...(groups.get(group.subject_id) ?? []), { category: group.category, count: group.count, reasons: group.reasons }]);
  }
  return groups;
}

/**
 * The moderators' queue: open reports grouped by the item reported, the most recently reported first,
 * keyset-paginated on (last report, item id), each with the item, what it belongs to, its author and its reasons
 * grouped by category. A page costs a fixed number of statements (one per kind of content on it).
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
  const subjects = await loadByKind(context, pageRows.map((row) => ({ typeName: row.subject_type, id: row.subject_id })));
  const contextReferences = new Map<string, Reference>();
  for (const row of pageRows) {
    const subject = subjects.get(`${row.subject_type}:${row.subject_id}`);
    const reference = subject && moderatableRegistration(row.subject_type)?.contextOf?.(subject);
    if (reference) contextReferences.set(row.subject_id, reference);
  }
  const contexts = await loadByKind(context, [...contextReferences.values()]);
  const reasons = await reasonGroups(context, pageRows);
  return rawConnection(
    rows,
    limit,
    page,
    (row) => {
      const subject = subjects.get(`${row.subject_type}:${row.subject_id}`) ?? null;
      const reference = contextReferences.get(row.subject_id);
      return {
        cursorValues: [new Date(row.last_reported_at).toISOString(), row.subject_id],
        node: {
          subject,
          subjectId: toGlobalId(row.subject_type, row.subject_id),
          context: reference ? (contexts.get(`${reference.typeName}:${reference.id}`) ?? null) : null,
          author: subject ? (moderatableRegistration(row.subject_type)?.authorOf(subject) ?? null) : null,
          hidden: Boolean(subject?.hiddenAt),
          reportCount: row.report_count,
          firstReportedAt: new Date(row.first_reported_at),
          lastReportedAt: new Date(row.last_reported_at),
          reasons: reasons.get(row.subject_id) ?? [],
        },
      };
    },
    () =>
      connection
        .execute<{ count: number }[]>('select count(*)::int as count from (select 1 from content_reports where resolved_at is null group by subject_type, subject_id) items')
        .then((result) => result[0].count),
  );
}
