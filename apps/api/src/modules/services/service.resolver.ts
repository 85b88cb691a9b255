import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { PageArgs, findPage } from '../../core/connection.js';
import { idOfType } from '../../core/global-id.js';
import { containsText } from '../../core/text-filter.js';
import { toPayload } from '../../core/user-error.js';
import { createService } from './create-service.js';
import { Service } from './service.entity.js';
import { CreateServiceInput, ServiceConnection, ServiceFilter, ServicePayload, ServiceType } from './service.type.js';

@Resolver(() => ServiceType)
export class ServiceResolver {
  @Query(() => ServiceConnection, { description: 'Public services by name.' })
  services(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ServiceFilter, { nullable: true }) filter: ServiceFilter | null,
    @Ctx() context: Context,
  ) {
    const where: FilterQuery<Service> = {};
    if (filter?.agencyId) where.agency = idOfType(filter.agencyId, 'Organization') ?? '00000000-0000-0000-0000-000000000000';
    if (filter?.text?.trim()) where.name = containsText(filter.text);
    return findPage(context.em, Service, where, [{ property: 'name', direction: 'asc' }, { property: 'id', direction: 'asc' }], page, {
      populate: ['agency'],
    });
  }

  @Query(() => ServiceType, { nullable: true })
  service(@Arg('slug', () => String) slug: string, @Ctx() context: Context): Promise<Service | null> {
    return context.em.findOne(Service, { slug: slug.slice(0, 60) }, { populate: ['agency'] });
  }

  @Mutation(() => ServicePayload, { description: "Adds a public service to an agency (the agency's officers)." })
  createService(@Arg('input', () => CreateServiceInput) input: CreateServiceInput, @Ctx() context: Context) {
    return toPayload(ServicePayload, () => createService(context, input), (payload, service) => {
      payload.service = service;
    });
  }
}
