import type { GateFacts } from '@gotong/domain';
import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import type { Innovation } from '../pipeline/innovation.entity.js';
import { CourseInnovation } from './course.entity.js';
import { Enrollment } from './enrollment.entity.js';

export function linkedInnovationsLoader(context: Context) {
  return context.loader('courses.linkedInnovations', () => new DataLoader<string, Innovation[]>(async (courseIds) => {
    const links = await context.em.find(CourseInnovation, { course: { $in: [...courseIds] } }, { populate: ['innovation.agency'], orderBy: { createdAt: 'asc', id: 'asc' } });
    return courseIds.map((id) => links.filter((link) => link.course.id === id).map((link) => link.innovation));
  }));
}

export function viewerEnrollmentLoader(context: Context) {
  return context.loader('courses.viewerEnrollment', () => new DataLoader<string, Enrollment | null>(async (courseIds) => {
    const enrollments = await context.em.find(Enrollment, { user: context.viewer!.id, course: { $in: [...courseIds] } });
    return courseIds.map((id) => enrollments.find((enrollment) => enrollment.course.id === id) ?? null);
  }));
}

/** For the EVALUATION gate: completions of published (or since archived) courses linked to each innovation. */
export async function linkedCourseCompletionFacts(em: EntityManager, innovations: readonly Innovation[]): Promise<Map<string, Partial<GateFacts>>> {
  if (innovations.length === 0) return new Map();
  const rows: { innovation_id: string; count: string }[] = await em.execute(
    `select link.innovation_id, count(*) as count
       from course_innovations link
       join courses course on course.id = link.course_id and course.status in ('PUBLISHED', 'ARCHIVED')
       join enrollments enrollment on enrollment.course_id = course.id and enrollment.status = 'COMPLETED'
      where link.innovation_id in (?)
      group by link.innovation_id`,
    [innovations.map((innovation) => innovation.id)],
  );
  return new Map(rows.map((row) => [row.innovation_id, { linkedCourseCompletionCount: Number(row.count) }]));
}
