import { updateServiceSchema } from '@gotong/domain';
import type { Context } from '../../context.js';
import { idOfType } from '../../core/global-id.js';
import { requireViewer } from '../../core/authorization.js';
import { UserErrorCode, UserErrorException, userError } from '../../core/user-error.js';
import { validateInput } from '../../core/validation.js';
import { Service } from './service.entity.js';
import type { UpdateServiceInput } from './service.type.js';
import { authorize } from './services.permissions.js';

/** Changes a service's name, description or population (the minimum survey sample follows the population). */
export async function updateService(context: Context, input: UpdateServiceInput): Promise<Service> {
  requireViewer(context);
  const id = idOfType(input.serviceId, 'Service');
  const service = id ? await context.em.findOne(Service, { id }, { populate: ['agency'] }) : null;
  if (!service) throw new UserErrorException(userError(UserErrorCode.NOT_FOUND, { key: 'error.noSuchService' }, 'input.serviceId'));
  await authorize(context, 'update', service);
  const data = validateInput(updateServiceSchema, { name: input.name, description: input.description, population: input.population });
  if (data.name !== undefined) service.name = data.name;
  if (data.description !== undefined) service.description = data.description;
  if (data.population !== undefined) service.population = data.population;
  await context.em.flush();
  return service;
}
