import type { Context } from '../../context.js';
import { requireViewer } from '../../core/authorization.js';
import { forbidden } from '../../core/errors.js';
import { canInOrganization, type Organization } from '../organizations/index.js';
import type { Service } from './service.entity.js';

export type ServiceAction = 'create' | 'update';

/** Officers (and owners, admins) of the verified agency that provides the service add and change its services. */
export async function can(context: Context, action: ServiceAction, subject: { agency: Organization } | Service): Promise<boolean> {
  switch (action) {
    case 'create':
    case 'update':
      return canInOrganization(context, 'actFor', subject.agency);
  }
}

export async function authorize(context: Context, action: ServiceAction, subject: { agency: Organization } | Service): Promise<void> {
  requireViewer(context);
  if (!(await can(context, action, subject))) throw forbidden("Only officers of the service's verified agency may do this.");
}
