import type { Context } from '../../context.js';
import { idOfType } from '../../core/global-id.js';
import { UserErrorCode, UserErrorException, userError } from '../../core/user-error.js';
import { Organization } from './organization.entity.js';

/** The organisation a mutation input names by global id, or a NOT_FOUND UserError on that field. */
export async function findOrganizationInput(context: Context, globalId: string, field: string): Promise<Organization> {
  const id = idOfType(globalId, 'Organization');
  const organization = id ? await context.em.findOne(Organization, { id }) : null;
  if (!organization) throw new UserErrorException(userError(UserErrorCode.NOT_FOUND, 'No such organisation.', field));
  return organization;
}
