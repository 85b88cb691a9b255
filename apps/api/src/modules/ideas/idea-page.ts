import type { FilterQuery } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import type { Context } from '../../context.js';
import { type PageArgs, type SortKey, findPage } from '../../core/connection.js';
import { idOfType } from '../../core/global-id.js';
import { visibleContentFilter } from '../moderation/moderatable-content.js';
import { Idea } from './idea.entity.js';
import { type IdeaFilter, IdeaOrder } from './idea.type.js';

const sorts: Record<IdeaOrder, SortKey<Idea>[]> = {
  [IdeaOrder.NEW]: [{ property: 'createdAt', direction: 'desc' }, { property: 'id', direction: 'desc' }],
  [IdeaOrder.TOP]: [{ property: 'voteCount', direction: 'desc' }, { property: 'id', direction: 'desc' }],
  [IdeaOrder.HOT]: [{ property: 'hotScore', direction: 'desc' }, { property: 'id', direction: 'desc' }],
};

function idFilter(globalId: string, typeName: string, argument: string): string {
  const id = idOfType(globalId, typeName);
  if (!id) throw new GraphQLError(`"filter.${argument}" is not a ${typeName} id.`, { extensions: { code: 'BAD_USER_INPUT', argumentName: 'filter' } });
  return id;
}

function filterConditions(filter: IdeaFilter | null | undefined): FilterQuery<Idea>[] {
  const conditions: FilterQuery<Idea>[] = [{ status: filter?.status ?? { $ne: 'MERGED' } }];
  if (filter?.kind) conditions.push({ kind: filter.kind });
  if (filter?.serviceId) conditions.push({ service: idFilter(filter.serviceId, 'Service', 'serviceId') });
  if (filter?.agencyId) conditions.push({ agency: idFilter(filter.agencyId, 'Organization', 'agencyId') });
  if (filter?.organizationId) conditions.push({ organization: idFilter(filter.organizationId, 'Organization', 'organizationId') });
  if (filter?.authorId) conditions.push({ author: idFilter(filter.authorId, 'User', 'authorId') });
  if (filter?.tag?.trim()) conditions.push({ tags: { $contains: [filter.tag.trim().toLowerCase().slice(0, 30)] } });
  if (filter?.text?.trim()) conditions.push({ searchVector: { $fulltext: filter.text.trim().slice(0, 200) } });
  return conditions;
}

/** A page of the ideas the viewer may see, with what each card shows loaded in the same statement. */
export function ideaPage(context: Context, filter: IdeaFilter | null | undefined, order: IdeaOrder, page: PageArgs, scope?: FilterQuery<Idea>) {
  const where: FilterQuery<Idea> = { $and: [...filterConditions(filter), visibleContentFilter<Idea>(context), ...(scope ? [scope] : [])] };
  return findPage(context.em, Idea, where, sorts[order], page, { populate: ['author', 'organization', 'agency', 'service'] });
}
