import type { Context } from '../../context.js';
import type { Organization } from '../organizations/organization.entity.js';
import { can as canForOrganization } from '../organizations/organizations.permissions.js';

/** A verified agency's acting members (owner, admin, officer) run its services' surveys and read their suggestions. */
export async function managesSurveysOf(context: Context, agency: Organization): Promise<boolean> {
  return agency.kind === 'AGENCY' && (await canForOrganization(context, 'actFor', agency));
}
