import { kpiResultSchema, maxKpiResults } from '@gotong/domain';
import { LockMode } from '@mikro-orm/core';
import type { Context } from '../../context.js';
import { UserErrorCode, UserErrorException, userError } from '../../core/user-error.js';
import { validateInput } from '../../core/validation.js';
import { findInnovation, findInnovationInput } from './find-innovation.js';
import { publishInnovationChanged } from './innovation-events.js';
import { Innovation, type Kpi } from './innovation.entity.js';
import type { RecordKpiResultInput } from './innovation.type.js';
import { authorizeEdit, refuseIfDiscontinued } from './pipeline.permissions.js';

/**
 * Appends one measured result to a KPI. The KPIs live in one JSON column, so the append reads and writes it under the
 * innovation's row lock (the lock updateInnovation and advanceInnovation take too): officers recording at once wait
 * for each other in turn and every result is kept, where a read-modify-write without the lock would keep the last.
 */
export async function recordKpiResult(context: Context, input: RecordKpiResultInput): Promise<{ innovation: Innovation; kpi: Kpi }> {
  const found = await findInnovationInput(context, input.innovationId, 'input.innovationId');
  await authorizeEdit(context, found);
  const { value, measuredOn, note = '' } = validateInput(kpiResultSchema, { value: input.value, measuredOn: input.measuredOn, note: input.note ?? undefined });
  const kpi = await context.em.transactional(async (em) => {
    const innovation = await em.findOneOrFail(Innovation, { id: found.id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    refuseIfDiscontinued(innovation);
    const current = innovation.kpis.find((candidate) => candidate.id === input.kpiId);
    if (!current) throw new UserErrorException(userError(UserErrorCode.NOT_FOUND, { key: 'editor.kpi.unknown' }, 'input.kpiId'));
    if (current.results.length >= maxKpiResults) {
      throw new UserErrorException(userError(UserErrorCode.TOO_LONG, { key: 'editor.result.tooMany', params: { max: maxKpiResults } }, 'input.kpiId'));
    }
    const recorded = { ...current, results: [...current.results, { value, measuredOn, note }] };
    // A new array, so the ORM sees the JSON column change.
    innovation.kpis = innovation.kpis.map((candidate) => (candidate.id === recorded.id ? recorded : candidate));
    await em.flush();
    return recorded;
  });
  const innovation = (await findInnovation(context.em, found.id, { refresh: true }))!;
  await publishInnovationChanged(context, innovation);
  return { innovation, kpi };
}
