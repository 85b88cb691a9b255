import { createInnovationSchema } from '@gotong/domain';
import type { Context } from '../../context.js';
import { requireViewer } from '../../core/authorization.js';
import { forbidden } from '../../core/errors.js';
import { UserErrorCode, UserErrorException, userError } from '../../core/user-error.js';
import { validateInput } from '../../core/validation.js';
import { findOrganizationInput } from '../organizations/find-organization.js';
import { findAgencyService } from './agency-service.js';
import { findInnovation } from './find-innovation.js';
import { InnovationStageChange } from './innovation-stage-change.entity.js';
import { publishInnovationChanged } from './innovation-events.js';
import { Innovation } from './innovation.entity.js';
import type { CreateInnovationInput } from './innovation.type.js';
import { acceptLinkedIdeas, ideasToLink } from './link-ideas.js';
import { runsPipelineOf } from './pipeline.permissions.js';

/** An agency's officer starts an innovation, at NEED_IDENTIFIED, from ideas (which become ACCEPTED) or from a written need. */
export async function createInnovation(context: Context, input: CreateInnovationInput): Promise<Innovation> {
  const viewer = requireViewer(context);
  const agency = await findOrganizationInput(context, input.agencyId, 'input.agencyId');
  if (!(await runsPipelineOf(context, agency))) throw forbidden("Only the agency's officers (or platform admins) create its innovations.");
  if (agency.kind !== 'AGENCY') throw new UserErrorException(userError(UserErrorCode.INVALID, { key: 'error.innovationsOnlyByAgencies' }, 'input.agencyId'));
  const { ideaIds: ideaGlobalIds, ...data } = validateInput(createInnovationSchema, {
    title: input.title,
    summary: input.summary ?? undefined,
    problemStatement: input.problemStatement ?? undefined,
    needAnalysis: input.needAnalysis ?? undefined,
    ideaIds: input.ideaIds ?? undefined,
  });
  const service = input.serviceId ? await findAgencyService(context, agency, input.serviceId, 'input.serviceId') : null;
  const ideaIds = await ideasToLink(context, agency, ideaGlobalIds ?? [], 'input.ideaIds');
  const id = await context.em.transactional(async (em) => {
    const innovation = em.create(Innovation, { ...data, agency, service, createdBy: viewer });
    em.create(InnovationStageChange, { innovation, actor: viewer, fromStage: null, toStage: innovation.stage, createdAt: innovation.createdAt });
    await em.flush();
    await acceptLinkedIdeas(em, ideaIds, innovation.id, 'input.ideaIds');
    return innovation.id;
  });
  const innovation = (await findInnovation(context.em, id))!;
  await publishInnovationChanged(context, innovation, ideaIds);
  return innovation;
}
