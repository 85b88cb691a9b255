import { allowedMoves, mayRunPipeline } from '@gotong/domain';
import type { Context } from '../../context.js';
import { hasPlatformRole } from '../../core/authorization.js';
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
    platformAdmin: hasPlatformRole(context.viewer, 'ADMIN'),
  });
}

/** Innovations are public; only those who run the agency's pipeline change them, and a discontinued one no more. */
export async function can(context: Context, action: InnovationAction, innovation: Innovation): Promise<boolean> {
  if (innovation.stage === 'DISCONTINUED') return false;
  if (action === 'move' && allowedMoves(innovation.stage, innovation.pausedFrom).length === 0) return false;
  return runsPipelineOf(context, innovation.agency);
}
