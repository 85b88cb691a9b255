import type { Context } from '../../context.js';
import { viewerHasPlatformRole, requireViewer } from '../../core/authorization.js';
import { forbidden } from '../../core/errors.js';

export type AdministrationAction = 'setPlatformRole' | 'findPeople';

/** Whether the viewer may administer the platform's people: platform admins only. */
export function can(context: Context, action: AdministrationAction): boolean {
  switch (action) {
    case 'setPlatformRole':
    case 'findPeople':
      return viewerHasPlatformRole(context, 'ADMIN');
  }
}

/** UNAUTHENTICATED for the signed-out, FORBIDDEN for the others who may not. */
export function authorize(context: Context, action: AdministrationAction): void {
  requireViewer(context);
  if (!can(context, action)) throw forbidden('Only platform admins may do this.');
}
