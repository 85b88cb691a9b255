import type { FilterQuery } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import type { Context } from '../../context.js';
import { type PageArgs, findPage } from '../../core/connection.js';
import { idOfType } from '../../core/global-id.js';
import { containsText } from '../../core/text-filter.js';
import { unhiddenFilter } from '../moderation/index.js';
import { Innovation } from './innovation.entity.js';
import type { InnovationFilter } from './innovation.type.js';

function idFilter(globalId: string, typeName: string, argument: string): string {
  const id = idOfType(globalId, typeName);
  if (!id) throw new GraphQLError(`"filter.${argument}" is not a ${typeName} id.`, { extensions: { code: 'BAD_USER_INPUT', argumentName: 'filter' } });
  return id;
}

/** The public list of innovations, newest first, with what each card shows loaded in the same statement. */
export function innovationPage(context: Context, filter: InnovationFilter | null | undefined, page: PageArgs) {
  const conditions: FilterQuery<Innovation>[] = [unhiddenFilter<Innovation>(context)];
  if (filter?.stage) conditions.push({ stage: filter.stage });
  if (filter?.agencyId) conditions.push({ agency: idFilter(filter.agencyId, 'Organization', 'agencyId') });
  if (filter?.serviceId) conditions.push({ service: idFilter(filter.serviceId, 'Service', 'serviceId') });
  if (filter?.text?.trim()) conditions.push({ title: containsText(filter.text) });
  return findPage(
    context.em,
    Innovation,
    { $and: conditions },
    [{ property: 'createdAt', direction: 'desc' }, { property: 'id', direction: 'desc' }],
    page,
    { populate: ['agency', 'service'] },
  );
}

/** One column of an agency's board: the innovations in a stage, the most recently moved first. */
export function pipelineColumnPage(context: Context, agencyId: string, stage: Innovation['stage'], page: PageArgs) {
  return findPage(
    context.em,
    Innovation,
    { $and: [{ agency: agencyId, stage }, unhiddenFilter<Innovation>(context)] },
    [{ property: 'stageEnteredAt', direction: 'desc' }, { property: 'id', direction: 'desc' }],
    page,
    { populate: ['agency', 'service'] },
  );
}
