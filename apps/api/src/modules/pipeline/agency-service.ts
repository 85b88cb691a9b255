import type { Context } from '../../context.js';
import { idOfType } from '../../core/global-id.js';
import { UserErrorCode, UserErrorException, userError } from '../../core/user-error.js';
import type { Organization } from '../organizations/organization.entity.js';
import { Service } from '../services/service.entity.js';

/** The service an input names, which must be one of the agency's own. */
export async function findAgencyService(context: Context, agency: Organization, globalId: string, field: string): Promise<Service> {
  const id = idOfType(globalId, 'Service');
  const service = id ? await context.em.findOne(Service, { id }) : null;
  if (!service) throw new UserErrorException(userError(UserErrorCode.NOT_FOUND, { key: 'error.noSuchService' }, field));
  if (service.agency.id !== agency.id) throw new UserErrorException(userError(UserErrorCode.INVALID, { key: 'error.serviceOfAnotherAgency' }, field));
  return service;
}
