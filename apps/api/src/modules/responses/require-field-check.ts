import { LockMode } from '@mikro-orm/core';
import { addWorkingDays } from '@gotong/domain/working-days';
import { z } from 'zod';
import type { Context } from '../../context.js';
import { publish } from '../../core/events.js';
import { Topic } from '../../core/pubsub.js';
import { UserErrorCode, UserErrorException, userError } from '../../core/user-error.js';
import { validateInput } from '../../core/validation.js';
import { recordAudit } from '../audit/index.js';
import { findIdeaInput, type Idea } from '../ideas/index.js';
import { ResponseClock } from './response-clock.entity.js';
import { responseDurationsOf } from './response-durations.js';
import { authorize } from './responses.permissions.js';
import { workingCalendar } from './working-calendar.js';

const noteSchema = z.object({ note: z.string().trim().min(3).max(1000) });

/** An officer says resolving needs a check in the field, with a note: the RESOLVE clock gets the agency's field-check duration from the start. */
export async function requireFieldCheck(context: Context, input: { ideaId: string; note: string }): Promise<Idea> {
  const idea = await findIdeaInput(context, input.ideaId, 'input.ideaId');
  const officer = await authorize(context, 'respond', { agency: idea.agency });
  const { note } = validateInput(noteSchema, { note: input.note });
  await context.em.transactional(async (em) => {
    const clock = await em.findOne(ResponseClock, { idea: idea.id, step: 'RESOLVE' }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!clock || clock.metAt || clock.fieldCheck) {
      throw new UserErrorException(userError(UserErrorCode.NOT_ALLOWED_NOW, { key: 'responses.fieldCheck.refused.notOpen' }, 'input.ideaId'));
    }
    const { fieldCheckDays } = await responseDurationsOf(em, clock.agency.id);
    const calendar = await workingCalendar(em, idea.agency!.timeZone, clock.startedAt);
    Object.assign(clock, { fieldCheck: true, fieldCheckNote: note, workingDaysAllowed: fieldCheckDays, dueAt: addWorkingDays(clock.startedAt, fieldCheckDays, calendar) });
    recordAudit(em, { actor: officer, action: 'responses.field_check', subjectType: 'Idea', subjectId: idea.id, note });
  });
  await publish(context, Topic.IdeaChanged, { ideaId: idea.id });
  return idea;
}
