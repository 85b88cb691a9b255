import type { FilterQuery } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { PageArgs, findPage } from '../../core/connection.js';
import { idOfType } from '../../core/global-id.js';
import { containsText } from '../../core/text-filter.js';
import { toPayload } from '../../core/user-error.js';
import type { Organization } from '../organizations/organization.entity.js';
import { OrganizationType } from '../organizations/organization.type.js';
import { createService } from './create-service.js';
import { Service } from './service.entity.js';
import { CreateServiceInput, ServiceConnection, ServiceFilter, ServicePayload, ServiceType } from './service.type.js';

function servicePage(context: Context, where: FilterQuery<Service>, page: PageArgs) {
  return findPage(context.em, Service, where, [{ property: 'name', direction: 'asc' }, { property: 'id', direction: 'asc' }], page, {
    populate: ['agency'],
  });
}

@Resolver(() => ServiceType)
export class ServiceResolver {
  @Query(() => ServiceConnection, { description: 'Public services by name.' })
  services(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ServiceFilter, { nullable: true }) filter: ServiceFilter | null,
    @Ctx() context: Context,
  ) {
    const where: FilterQuery<Service> = {};
    if (filter?.agencyId) {
      const agencyId = idOfType(filter.agencyId, 'Organization');
      if (!agencyId) throw new GraphQLError('"filter.agencyId" is not an organisation id.', { extensions: { code: 'BAD_USER_INPUT' } });
      where.agency = agencyId;
    }
    if (filter?.text?.trim()) where.name = containsText(filter.text);
    return servicePage(context, where, page);
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

@Resolver(() => OrganizationType)
export class OrganizationServicesResolver {
  @FieldResolver(() => ServiceConnection, { description: 'The public services of an agency.' })
  services(@Root() organization: Organization, @Args(() => PageArgs) page: PageArgs, @Ctx() context: Context) {
    return servicePage(context, { agency: organization }, page);
  }
}
