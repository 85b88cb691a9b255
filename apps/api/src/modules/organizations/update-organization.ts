import { updateOrganizationSchema } from '@gotong/domain';
import type { Context } from '../../context.js';
import { requireViewer } from '../../core/authorization.js';
import { forbidden } from '../../core/errors.js';
import { validateInput } from '../../core/validation.js';
import { findOrganizationInput } from './find-organization.js';
import type { Organization } from './organization.entity.js';
import type { UpdateOrganizationInput } from './organization.type.js';
import { can } from './organizations.permissions.js';

/** Its owners and admins (and platform admins) change an organisation's name, description, website or time zone. */
export async function updateOrganization(context: Context, input: UpdateOrganizationInput): Promise<Organization> {
  requireViewer(context);
  const organization = await findOrganizationInput(context, input.organizationId, 'input.organizationId');
  if (!(await can(context, 'update', organization))) throw forbidden("Only the organisation's owners and admins may change it.");
  const data = validateInput(updateOrganizationSchema, { name: input.name, description: input.description, website: input.website, timeZone: input.timeZone });
  if (data.name !== undefined) organization.name = data.name;
  if (data.description !== undefined) organization.description = data.description;
  if (data.website !== undefined) organization.website = data.website || null;
  if (data.timeZone !== undefined) organization.timeZone = data.timeZone;
  await context.em.flush();
  return organization;
}
