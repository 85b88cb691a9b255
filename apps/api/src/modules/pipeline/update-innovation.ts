import { updateInnovationSchema } from '@gotong/domain';
import { LockMode } from '@mikro-orm/core';
import type { Context } from '../../context.js';
import { requireViewer } from '../../core/authorization.js';
import { forbidden } from '../../core/errors.js';
import { UserErrorCode, UserErrorException, userError } from '../../core/user-error.js';
import { validateInput } from '../../core/validation.js';
import { Service } from '../services/service.entity.js';
import { findAgencyService } from './agency-service.js';
import { findInnovation, findInnovationInput } from './find-innovation.js';
import { publishInnovationChanged } from './innovation-events.js';
import { Innovation } from './innovation.entity.js';
import type { UpdateInnovationInput } from './innovation.type.js';
import { acceptLinkedIdeas, ideasToLink } from './link-ideas.js';
import { runsPipelineOf } from './pipeline.permissions.js';

/** Text fields that GraphQL lets a client send as null; null there means "leave as it is", like omitting them. */
const orUndefined = <T>(value: T | null | undefined): T | undefined => value ?? undefined;

/** The agency's officers record what the gates ask for: problem, need, KPIs and results, milestones, pilot, checklist, evaluation, legal basis. */
export async function updateInnovation(context: Context, input: UpdateInnovationInput): Promise<Innovation> {
  requireViewer(context);
  const innovation = await findInnovationInput(context, input.innovationId, 'input.innovationId');
  if (!(await runsPipelineOf(context, innovation.agency))) throw forbidden("Only the agency's officers (or platform admins) edit its innovations.");
  if (innovation.stage === 'DISCONTINUED') {
    throw new UserErrorException(userError(UserErrorCode.NOT_ALLOWED_NOW, 'A discontinued innovation can no longer be changed.', 'input.innovationId'));
  }
  const data = validateInput(updateInnovationSchema, {
    title: orUndefined(input.title),
    summary: orUndefined(input.summary),
    problemStatement: orUndefined(input.problemStatement),
    needAnalysis: orUndefined(input.needAnalysis),
    kpis: orUndefined(input.kpis)?.map((kpi) => ({ ...kpi, unit: orUndefined(kpi.unit), results: orUndefined(kpi.results)?.map((result) => ({ ...result, note: orUndefined(result.note) })) })),
    milestones: orUndefined(input.milestones)?.map((milestone) => ({ ...milestone, doneOn: orUndefined(milestone.doneOn) })),
    pilotPlan: orUndefined(input.pilotPlan),
    trialResult: orUndefined(input.trialResult),
    socialisation: input.socialisation,
    training: input.training,
    feedbackChannel: input.feedbackChannel,
    evaluationReport: orUndefined(input.evaluationReport),
    legalBasis: input.legalBasis && { ...input.legalBasis, enactedOn: orUndefined(input.legalBasis.enactedOn) },
  });
  const service = input.serviceId ? await findAgencyService(context, innovation.agency, input.serviceId, 'input.serviceId') : undefined;
  const ideaIds = await ideasToLink(context, innovation.agency, input.addIdeaIds ?? [], 'input.addIdeaIds');
  await context.em.transactional(async (em) => {
    const locked = await em.findOneOrFail(Innovation, { id: innovation.id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (locked.stage === 'DISCONTINUED') {
      throw new UserErrorException(userError(UserErrorCode.NOT_ALLOWED_NOW, 'A discontinued innovation can no longer be changed.', 'input.innovationId'));
    }
    const changes = Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined));
    Object.assign(locked, changes, service ? { service: em.getReference(Service, service.id) } : {});
    await acceptLinkedIdeas(em, ideaIds, locked.id, 'input.addIdeaIds');
    await em.flush();
  });
  const updated = (await findInnovation(context.em, innovation.id, { refresh: true }))!;
  await publishInnovationChanged(context, updated, ideaIds);
  return updated;
}
