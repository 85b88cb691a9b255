import { allowedMoves, mayRunPipeline } from '@gotong/domain';
import type { Context } from '../../context.js';
import { viewerHasPlatformRole, requireViewer } from '../../core/authorization.js';
import { forbidden } from '../../core/errors.js';
import { UserErrorCode, UserErrorException, userError } from '../../core/user-error.js';
import type { Organization } from '../organizations/organization.entity.js';
import { viewerRole } from '../organizations/organizations.permissions.js';
import type { Innovation } from './innovation.entity.js';

export type InnovationAction = 'edit' | 'move';

/** Whether the viewer runs this agency's pipeline: its acting members while it is verified, and platform admins. */
export async function runsPipelineOf(context: Context, agency: Organization): Promise<boolean> {
  if (!context.viewer) return false;
  return mayRunPipeline({
    memberRole: await viewerRole(context, agency),
    agencyVerified: agency.verifiedAt !== null,
    platformAdmin: viewerHasPlatformRole(context, 'ADMIN'),
  });
}

/** Innovations are public; only those who run the agency's pipeline change them, and a discontinued one no more. */
export async function can(context: Context, action: InnovationAction, innovation: Innovation): Promise<boolean> {
  if (innovation.stage === 'DISCONTINUED') return false;
  if (action === 'move' && allowedMoves(innovation.stage, innovation.pausedFrom).length === 0) return false;
  return runsPipelineOf(context, innovation.agency);
}

/** A discontinued innovation keeps its record as it was: refused on the input's innovation field. */
export function refuseIfDiscontinued(innovation: Innovation): void {
  if (innovation.stage === 'DISCONTINUED') {
    throw new UserErrorException(userError(UserErrorCode.NOT_ALLOWED_NOW, { key: 'editor.discontinued' }, 'input.innovationId'));
  }
}

/** Before any change of an innovation's content (its texts, KPIs and their results, milestones, checklist): the same answer as `can(…, 'edit')`. */
export async function authorizeEdit(context: Context, innovation: Innovation): Promise<void> {
  requireViewer(context);
  if (!(await runsPipelineOf(context, innovation.agency))) throw forbidden("Only the agency's officers (or platform admins) edit its innovations.");
  refuseIfDiscontinued(innovation);
}
