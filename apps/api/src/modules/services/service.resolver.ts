import type { FilterQuery } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { PageArgs, findPage, type SortKey } from '../../core/connection.js';
import { idOfType } from '../../core/global-id.js';
import { containsText } from '../../core/text-filter.js';
import { toPayload } from '../../core/user-error.js';
import type { Organization } from '../organizations/organization.entity.js';
import { OrganizationType } from '../organizations/organization.type.js';
import { createService } from './create-service.js';
import { Service } from './service.entity.js';
import { CreateServiceInput, ServiceConnection, ServiceFilter, ServiceOrder, ServicePayload, ServiceType, UpdateServiceInput } from './service.type.js';
import { can } from './services.permissions.js';
import { updateService } from './update-service.js';

const orders: Record<ServiceOrder, SortKey<Service>[]> = {
  NAME: [{ property: 'name', direction: 'asc' }, { property: 'id', direction: 'asc' }],
  // Keeps each agency's services together (agencies in id order), on the (agency, name, id) index.
  AGENCY: [{ property: 'agencyId', direction: 'asc' }, { property: 'name', direction: 'asc' }, { property: 'id', direction: 'asc' }],
};

function servicePage(context: Context, where: FilterQuery<Service>, page: PageArgs, order: ServiceOrder = ServiceOrder.NAME) {
  return findPage(context.em, Service, where, orders[order], page, { populate: ['agency'] });
}

@Resolver(() => ServiceType)
export class ServiceResolver {
  @Query(() => ServiceConnection, { description: 'Public services by name.' })
  services(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ServiceFilter, { nullable: true }) filter: ServiceFilter | null,
    @Arg('orderBy', () => ServiceOrder, { nullable: true, defaultValue: ServiceOrder.NAME }) orderBy: ServiceOrder,
    @Ctx() context: Context,
  ) {
    const where: FilterQuery<Service> = {};
    if (filter?.agencyId) {
      const agencyId = idOfType(filter.agencyId, 'Organization');
      if (!agencyId) throw new GraphQLError('"filter.agencyId" is not an organisation id.', { extensions: { code: 'BAD_USER_INPUT' } });
      where.agency = agencyId;
    }
    if (filter?.text?.trim()) where.name = containsText(filter.text);
    return servicePage(context, where, page, orderBy);
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

  @Mutation(() => ServicePayload, { description: "Changes a service's name, description or population (the agency's officers)." })
  updateService(@Arg('input', () => UpdateServiceInput) input: UpdateServiceInput, @Ctx() context: Context) {
    return toPayload(ServicePayload, () => updateService(context, input), (payload, service) => {
      payload.service = service;
    });
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may change it (the agency’s officers).' })
  async viewerCanUpdate(@Root() service: Service, @Ctx() context: Context): Promise<boolean> {
    await context.em.populate(service, ['agency']);
    return can(context, 'update', service);
  }
}

@Resolver(() => OrganizationType)
export class OrganizationServicesResolver {
  @FieldResolver(() => ServiceConnection, { description: 'The public services of an agency.' })
  services(@Root() organization: Organization, @Args(() => PageArgs) page: PageArgs, @Ctx() context: Context) {
    return servicePage(context, { agency: organization }, page);
  }
}
