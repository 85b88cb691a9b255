import type { FilterQuery } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import type { Context } from '../../context.js';
import { findPage, type PageArgs, type SortKey } from '../../core/connection.js';
import { idOfType } from '../../core/global-id.js';
import { Survey } from './survey.entity.js';
import type { SurveyFilter } from './survey.type.js';

const latestClosingFirst: SortKey<Survey>[] = [{ property: 'closesAt', direction: 'desc' }, { property: 'id', direction: 'desc' }];

function filterId(globalId: string, typeName: string, argument: string): string {
  const id = idOfType(globalId, typeName);
  if (!id) throw new GraphQLError(`"${argument}" is not a ${typeName.toLowerCase()} id.`, { extensions: { code: 'BAD_USER_INPUT' } });
  return id;
}

/** Surveys (all public), the latest closing first: open ones before the closed ones of the same service. */
export function surveyPage(context: Context, filter: SurveyFilter | null, page: PageArgs) {
  const where: FilterQuery<Survey>[] = [];
  if (filter?.serviceId) where.push({ service: filterId(filter.serviceId, 'Service', 'filter.serviceId') });
  if (filter?.agencyId) where.push({ agency: filterId(filter.agencyId, 'Organization', 'filter.agencyId') });
  const now = new Date();
  if (filter?.open === true) where.push({ opensAt: { $lte: now }, closesAt: { $gt: now } });
  if (filter?.open === false) where.push({ closesAt: { $lte: now } });
  return findPage(context.em, Survey, where.length > 0 ? { $and: where } : {}, latestClosingFirst, page, { populate: ['service', 'agency'] });
}
