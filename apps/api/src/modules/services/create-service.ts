import { createServiceSchema, slugify } from '@gotong/domain';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { Context } from '../../context.js';
import { requireViewer } from '../../core/authorization.js';
import { UserErrorCode, UserErrorException, userError } from '../../core/user-error.js';
import { validateInput } from '../../core/validation.js';
import { findOrganizationInput } from '../organizations/find-organization.js';
import { Service } from './service.entity.js';
import type { CreateServiceInput } from './service.type.js';
import { authorize } from './services.permissions.js';

const slugTaken = () => new UserErrorException(userError(UserErrorCode.TAKEN, { key: 'error.serviceSlugTaken' }, 'input.slug'));

/** An agency's officers publish the services it provides. */
export async function createService(context: Context, input: CreateServiceInput): Promise<Service> {
  requireViewer(context);
  const agency = await findOrganizationInput(context, input.agencyId, 'input.agencyId');
  await authorize(context, 'create', { agency });
  if (agency.kind !== 'AGENCY') {
    throw new UserErrorException(userError(UserErrorCode.INVALID, { key: 'error.servicesOnlyByAgencies' }, 'input.agencyId'));
  }
  const data = validateInput(createServiceSchema, { ...input, agencyId: undefined });
  const slug = data.slug ?? slugify(`${data.name} ${agency.slug}`);
  const { em } = context;
  if (await em.count(Service, { slug })) throw slugTaken();
  const service = em.create(Service, {
    slug,
    name: data.name,
    description: data.description ?? '',
    agency,
    population: data.population ?? null,
  });
  try {
    await em.flush();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw slugTaken();
    throw error;
  }
  return service;
}
