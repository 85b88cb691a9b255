import type { Context } from '../../context.js';
import { publicCoursesSql } from '../courses/courses.permissions.js';
import { Conditions, monthOf, monthSeries } from './statistics-scope.js';
import type { CourseStatistics, StatisticsScope } from './statistics.type.js';

/**
 * Enrolments made in the period (not cancelled) and completions recorded in it, by month, in one statement. A course
 * belongs to an agency or a service through the innovations it trains for.
 */
export async function courseStatistics(context: Context, scope: StatisticsScope): Promise<CourseStatistics> {
  const trainsFor = new Conditions().add('ci.course_id = c.id').owner(scope, { agency: 'n.agency_id', service: 'n.service_id' });
  const course = new Conditions().add(publicCoursesSql('c'));
  if (scope.agencyId || scope.serviceId) {
    course.add(`exists (select 1 from course_innovations ci join innovations n on n.id = ci.innovation_id where ${trainsFor.where})`, ...trainsFor.params);
  }
  const enrolled = new Conditions().add("e.status <> 'CANCELLED'").during(scope, 'e.created_at');
  const completed = new Conditions().add("e.status = 'COMPLETED'").during(scope, 'e.completed_at');
  const rows = await context.em.getConnection().execute<{ kind: 'enrolled' | 'completed'; month: string; count: number }[]>(
    `select 'enrolled' as kind, ${monthOf('e.created_at')} as month, count(*)::int as count
       from enrollments e join courses c on c.id = e.course_id where ${course.where} and ${enrolled.where} group by 2
     union all
     select 'completed', ${monthOf('e.completed_at')}, count(*)::int
       from enrollments e join courses c on c.id = e.course_id where ${course.where} and ${completed.where} group by 2`,
    [...course.params, ...enrolled.params, ...course.params, ...completed.params],
  );
  const byMonth = new Map<string, { enrollments: number; completions: number }>();
  for (const row of rows) {
    const month = byMonth.get(row.month) ?? { enrollments: 0, completions: 0 };
    if (row.kind === 'enrolled') month.enrollments += row.count;
    else month.completions += row.count;
    byMonth.set(row.month, month);
  }
  const series = monthSeries(scope, byMonth, () => ({ enrollments: 0, completions: 0 })).map(({ month, value }) => ({ month, ...value }));
  return {
    enrollments: rows.filter((row) => row.kind === 'enrolled').reduce((sum, row) => sum + row.count, 0),
    completions: rows.filter((row) => row.kind === 'completed').reduce((sum, row) => sum + row.count, 0),
    byMonth: series,
  };
}
