import { reconcileKpis, updateInnovationSchema, type KpiListRefusal } from '@gotong/domain';
import { LockMode } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import type { Context } from '../../context.js';
import { UserErrorCode, UserErrorException, userError } from '../../core/user-error.js';
import { validateInput } from '../../core/validation.js';
import { Service } from '../services/service.entity.js';
import { findAgencyService } from './agency-service.js';
import { findInnovation, findInnovationInput } from './find-innovation.js';
import { publishInnovationChanged } from './innovation-events.js';
import { Innovation } from './innovation.entity.js';
import type { UpdateInnovationInput } from './innovation.type.js';
import { acceptLinkedIdeas, ideasToLink } from './link-ideas.js';
import { authorizeEdit, refuseIfDiscontinued } from './pipeline.permissions.js';

/** Text fields that GraphQL lets a client send as null; null there means "leave as it is", like omitting them. */
const orUndefined = <T>(value: T | null | undefined): T | undefined => value ?? undefined;

function kpiListError(refusal: KpiListRefusal): UserErrorException {
  const field = refusal.index === undefined ? 'input.kpis' : `input.kpis.${refusal.index}.${refusal.reason === 'UNKNOWN_KPI' ? 'id' : 'name'}`;
  const errors = {
    HAS_RESULTS: userError(UserErrorCode.NOT_ALLOWED_NOW, { key: 'editor.kpi.locked' }, field),
    UNKNOWN_KPI: userError(UserErrorCode.NOT_FOUND, { key: 'editor.kpi.unknown' }, field),
    DUPLICATE_NAME: userError(UserErrorCode.TAKEN, { key: 'editor.kpi.duplicate' }, field),
  };
  return new UserErrorException(errors[refusal.reason]);
}

/**
 * The agency's officers record what the gates ask for: problem, need, KPIs, milestones, pilot, checklist, evaluation,
 * legal basis. KPI results are not part of it (recordKpiResult appends them): the KPI list is reconciled with the
 * stored one under the row lock, so results recorded meanwhile stay.
 */
export async function updateInnovation(context: Context, input: UpdateInnovationInput): Promise<Innovation> {
  const innovation = await findInnovationInput(context, input.innovationId, 'input.innovationId');
  await authorizeEdit(context, innovation);
  const data = validateInput(updateInnovationSchema, {
    title: orUndefined(input.title),
    summary: orUndefined(input.summary),
    problemStatement: orUndefined(input.problemStatement),
    needAnalysis: orUndefined(input.needAnalysis),
    kpis: orUndefined(input.kpis)?.map((kpi) => ({ ...kpi, id: orUndefined(kpi.id), unit: orUndefined(kpi.unit) })),
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
    refuseIfDiscontinued(locked);
    const { kpis: requestedKpis, ...rest } = data;
    const changes: Record<string, unknown> = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined));
    if (requestedKpis) {
      const reconciled = reconcileKpis(locked.kpis, requestedKpis, randomUUID);
      if (reconciled.refusal) throw kpiListError(reconciled.refusal);
      changes.kpis = reconciled.kpis;
    }
    Object.assign(locked, changes, service ? { service: em.getReference(Service, service.id) } : {});
    await acceptLinkedIdeas(em, ideaIds, locked.id, 'input.addIdeaIds');
    await em.flush();
  });
  const updated = (await findInnovation(context.em, innovation.id, { refresh: true }))!;
  await publishInnovationChanged(context, updated, ideaIds);
  return updated;
}
