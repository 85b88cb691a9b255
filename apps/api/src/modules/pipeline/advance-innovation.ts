import { canMove, missingForGate, stageChangeNote, stageChangeReason, type GateRequirementCode, type InnovationStage } from '@gotong/domain';
import { LockMode } from '@mikro-orm/core';
import { z } from 'zod';
import type { Context } from '../../context.js';
import { requireViewer } from '../../core/authorization.js';
import { forbidden } from '../../core/errors.js';
import { UserErrorCode, UserErrorException, userError } from '../../core/user-error.js';
import { validateInput } from '../../core/validation.js';
import { findInnovation, findInnovationInput } from './find-innovation.js';
import { gateFactsOf } from './gate-facts.js';
import { InnovationStageChange } from './innovation-stage-change.entity.js';
import { publishInnovationChanged } from './innovation-events.js';
import { Innovation } from './innovation.entity.js';
import type { AdvanceInnovationInput } from './innovation.type.js';
import { runsPipelineOf } from './pipeline.permissions.js';

/** A move refused by its gate: one UserError naming every unmet requirement, and the codes for clients. */
export class GateNotMetException extends UserErrorException {
  constructor(
    readonly to: InnovationStage,
    readonly missing: GateRequirementCode[],
  ) {
    super(userError(UserErrorCode.GATE_NOT_MET, { key: 'pipeline.gateNotMet', params: { stage: `stage.${to}`, count: missing.length } }, 'input.to'));
  }
}

const reasonSchema = z.object({ note: stageChangeReason });
const noteSchema = z.object({ note: stageChangeNote });

/**
 * Moves an innovation to another stage under a row lock, so that two officers moving it at once cannot both
 * succeed from the same stage; a forward move must pass its gate. Records the timeline entry in the same transaction.
 */
export async function advanceInnovation(context: Context, input: AdvanceInnovationInput): Promise<{ innovation: Innovation; stageChange: InnovationStageChange }> {
  const viewer = requireViewer(context);
  const found = await findInnovationInput(context, input.innovationId, 'input.innovationId');
  if (!(await runsPipelineOf(context, found.agency))) throw forbidden("Only the agency's officers (or platform admins) move its innovations.");
  const stageChange = await context.em.transactional(async (em) => {
    const innovation = await em.findOneOrFail(Innovation, { id: found.id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    const from = innovation.stage;
    const move = canMove(from, input.to, innovation.pausedFrom);
    if (!move) {
      const message = { key: 'pipeline.moveNotAllowed', params: { from: `stage.${from}`, to: `stage.${input.to}` } } as const;
      throw new UserErrorException(userError(UserErrorCode.NOT_ALLOWED_NOW, message, 'input.to'));
    }
    const { note } = validateInput(move.reasonRequired ? reasonSchema : noteSchema, { note: input.note ?? '' });
    if (move.gated) {
      const missing = missingForGate(input.to, (await gateFactsOf(em, [innovation])).get(innovation.id)!);
      if (missing.length > 0) throw new GateNotMetException(input.to, missing);
    }
    const now = new Date();
    innovation.pausedFrom = input.to === 'PAUSED' && from !== 'PAUSED' ? (from as Innovation['pausedFrom']) : null;
    innovation.stage = input.to;
    innovation.stageEnteredAt = now;
    if (move.kind === 'FORWARD' && input.to === 'IMPLEMENTATION') innovation.implementationStartedAt = now;
    if (move.kind === 'BACK' && (input.to === 'NEED_IDENTIFIED' || input.to === 'DEVELOPMENT' || input.to === 'TRIAL')) innovation.implementationStartedAt = null;
    const change = em.create(InnovationStageChange, { innovation, actor: viewer, fromStage: from, toStage: input.to, note, createdAt: now });
    await em.flush();
    return change;
  });
  const innovation = (await findInnovation(context.em, found.id, { refresh: true }))!;
  await publishInnovationChanged(context, innovation);
  return { innovation, stageChange };
}
