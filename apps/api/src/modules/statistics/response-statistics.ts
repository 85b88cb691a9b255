import type { Context } from '../../context.js';
import { responseStepFigures, type ResponseStepRecordType } from '../responses/index.js';
import { Conditions } from './statistics-scope.js';
import type { StatisticsScope } from './statistics.type.js';

/** How agencies kept the response clocks of problems addressed to them in the scope (clocks started in the period). */
export function responseStatistics(context: Context, scope: StatisticsScope): Promise<ResponseStepRecordType[]> {
  const where = new Conditions().owner(scope, { agency: 'c.agency_id', service: 'i.service_id' }).during(scope, 'c.started_at');
  return responseStepFigures(context.em, { sql: where.where, params: where.params });
}
