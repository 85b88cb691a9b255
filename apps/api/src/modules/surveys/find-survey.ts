import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import { idOfType } from '../../core/global-id.js';
import { UserErrorCode, UserErrorException, userError } from '../../core/user-error.js';
import { Survey } from './survey.entity.js';

/** Surveys are public: with their service (for the minimum sample) and agency. */
export function findSurvey(context: Context, id: string): Promise<Survey | null> {
  return context.em.findOne(Survey, { id }, { populate: ['service', 'agency'] });
}

export async function findSurveyInput(context: Context, globalId: string, field: string): Promise<Survey> {
  const id = idOfType(globalId, 'Survey');
  const survey = id ? await findSurvey(context, id) : null;
  if (!survey) throw new UserErrorException(userError(UserErrorCode.NOT_FOUND, { key: 'error.noSuchSurvey' }, field));
  return survey;
}

/** The survey's row, locked until the transaction ends: its totals and closing time change only under this lock. */
export function lockSurvey(em: EntityManager, id: string): Promise<Survey> {
  return em.findOneOrFail(Survey, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
}

/** The survey after a change, read afresh for the payload. */
export function reloadSurvey(context: Context, id: string): Promise<Survey> {
  return context.em.findOneOrFail(Survey, { id }, { populate: ['service', 'agency'], refresh: true });
}
