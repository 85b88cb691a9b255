import type { Context } from '../../context.js';
import { publicContentSql } from '../moderation/moderatable-content.js';
import { Conditions } from './statistics-scope.js';
import type { StatisticsScope } from './statistics.type.js';

/** Verified agencies with an idea addressed to them, an innovation started or a survey closed in the scope. */
export async function agenciesTakingPart(context: Context, scope: StatisticsScope): Promise<number> {
  const agency = new Conditions().add("o.kind = 'AGENCY'").add('o.verified_at is not null').owner(scope, { agency: 'o.id' });
  const idea = new Conditions().add('i.agency_id = o.id').add(publicContentSql('i')).owner(scope, { service: 'i.service_id' }).during(scope, 'i.created_at');
  const innovation = new Conditions().add('n.agency_id = o.id').owner(scope, { service: 'n.service_id' }).during(scope, 'n.created_at');
  const survey = new Conditions().add('s.agency_id = o.id').add('s.closes_at <= now()').owner(scope, { service: 's.service_id' }).during(scope, 's.closes_at');
  const [row] = await context.em.getConnection().execute<{ count: number }[]>(
    `select count(*)::int as count from organizations o
     where ${agency.where}
       and (exists (select 1 from ideas i where ${idea.where})
         or exists (select 1 from innovations n where ${innovation.where})
         or exists (select 1 from surveys s where ${survey.where}))`,
    [...agency.params, ...idea.params, ...innovation.params, ...survey.params],
  );
  return row!.count;
}
