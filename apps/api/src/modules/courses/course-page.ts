import type { FilterQuery } from '@mikro-orm/core';
import { normalizeCompetency } from '@gotong/domain';
import type { Context } from '../../context.js';
import { findPage, type PageArgs, type SortKey } from '../../core/connection.js';
import { idOfType } from '../../core/global-id.js';
import { Organization } from '../organizations/organization.entity.js';
import { can as canForOrganization } from '../organizations/organizations.permissions.js';
import { unhiddenFilter } from '../moderation/index.js';
import { Course } from './course.entity.js';
import type { CourseFilter } from './course.type.js';

const newestFirst: SortKey<Course>[] = [{ property: 'createdAt', direction: 'desc' }, { property: 'id', direction: 'desc' }];
const soonestFirst: SortKey<Course>[] = [{ property: 'firstSessionStartsAt', direction: 'asc' }, { property: 'id', direction: 'asc' }];
const noMatch = { id: null } as FilterQuery<Course>;

/** Courses the viewer may see: drafts only of the institute they act for, when the filter names it; hidden ones only for moderators. */
export async function coursePage(context: Context, filter: CourseFilter | null, page: PageArgs) {
  const where: FilterQuery<Course>[] = [unhiddenFilter<Course>(context)];
  let showsDrafts = false;
  if (filter?.instituteId) {
    const instituteId = idOfType(filter.instituteId, 'Organization');
    const institute = instituteId ? await context.em.findOne(Organization, { id: instituteId }) : null;
    if (!institute) return findPage(context.em, Course, noMatch, newestFirst, page);
    where.push({ institute: institute.id });
    showsDrafts = await canForOrganization(context, 'actFor', institute);
  }
  if (filter?.upcoming) where.push({ status: 'PUBLISHED', firstSessionStartsAt: { $gt: new Date() } });
  else if (!showsDrafts) where.push({ status: { $ne: 'DRAFT' } });
  if (filter?.innovationId) {
    const innovationId = idOfType(filter.innovationId, 'Innovation');
    if (!innovationId) return findPage(context.em, Course, noMatch, newestFirst, page);
    where.push({ innovationLinks: { innovation: innovationId } });
  }
  if (filter?.competency) where.push({ competencies: { $contains: [normalizeCompetency(filter.competency)] } });
  return findPage(context.em, Course, { $and: where }, filter?.upcoming ? soonestFirst : newestFirst, page, { populate: ['institute'] });
}
