import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type { Context } from '../../context.js';
import { UserErrorCode, UserErrorException, userError } from '../../core/user-error.js';
import { validateInput } from '../../core/validation.js';
import { recordAudit } from '../audit/index.js';
import { findOrganizationInput, type Organization } from '../organizations/index.js';
import type { ResponseStep } from './response-clock.entity.js';
import { defaultResponseDurations, ResponseDurations } from './response-durations.entity.js';
import { authorize } from './responses.permissions.js';

export type Durations = { acknowledgeDays: number; replyDays: number; resolveDays: number; fieldCheckDays: number };

/** An agency's durations in working days: its own, or the defaults. */
export async function responseDurationsOf(em: EntityManager, agencyId: string): Promise<Durations> {
  const own = await em.findOne(ResponseDurations, { agency: agencyId });
  if (!own) return { ...defaultResponseDurations };
  const { acknowledgeDays, replyDays, resolveDays, fieldCheckDays } = own;
  return { acknowledgeDays, replyDays, resolveDays, fieldCheckDays };
}

export function daysFor(durations: Durations, step: ResponseStep, fieldCheck = false): number {
  if (step === 'ACKNOWLEDGE') return durations.acknowledgeDays;
  if (step === 'REPLY') return durations.replyDays;
  return fieldCheck ? durations.fieldCheckDays : durations.resolveDays;
}

const workingDays = z.number().int().min(1).max(250);
const durationsSchema = z.object({ acknowledgeDays: workingDays, replyDays: workingDays, resolveDays: workingDays, fieldCheckDays: workingDays });

export type UpdateResponseDurations = Durations & { organizationId: string };

/** An agency's owners and admins set its durations; clocks already running keep theirs (ADR 022). */
export async function updateResponseDurations(context: Context, input: UpdateResponseDurations): Promise<{ agency: Organization; durations: Durations }> {
  const agency = await findOrganizationInput(context, input.organizationId, 'input.organizationId');
  const actor = await authorize(context, 'configure', { agency });
  const durations = validateInput(durationsSchema, input);
  if (durations.fieldCheckDays < durations.resolveDays) {
    throw new UserErrorException(userError(UserErrorCode.INVALID, { key: 'responses.durations.refused.fieldCheckShorter' }, 'input.fieldCheckDays'));
  }
  await context.em.transactional(async (em) => {
    await em.upsert(ResponseDurations, { id: randomUUID(), agency: agency.id, ...durations, createdAt: new Date(), updatedAt: new Date() }, {
      onConflictFields: ['agency'],
      onConflictMergeFields: ['acknowledgeDays', 'replyDays', 'resolveDays', 'fieldCheckDays', 'updatedAt'],
    });
    const note = Object.entries(durations).map(([name, days]) => `${name}=${days}`).join(' ');
    recordAudit(em, { actor, action: 'responses.durations', subjectType: 'Organization', subjectId: agency.id, note });
  });
  return { agency, durations };
}
