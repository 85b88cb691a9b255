import { ideaStatuses, isIdeaVotable, type IdeaStatus } from '@gotong/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import { idOfType } from '../../core/global-id.js';
import { preparedRows } from '../../core/prepared-statements.js';
import { prefixedColumns, RowRecords, selectColumns } from '../../core/raw-connection.js';
import { UserErrorCode, UserErrorException, userError } from '../../core/user-error.js';
import { Organization } from '../organizations/organization.entity.js';
import { Service } from '../services/service.entity.js';
import { Idea } from './idea.entity.js';
import { IdeaRecord, PersonRecord, readIdeaRow } from './idea-record.js';
import { visibleIdeaSql } from './ideas.permissions.js';

/**
 * Locks ideas' rows for the rest of the transaction, in id order so that two transactions never wait on each other.
 * Every change of votes takes this lock before it touches idea_votes: a merge and a vote cannot deadlock.
 */
export async function lockIdeas(em: EntityManager, ideaIds: string[]): Promise<Map<string, IdeaStatus>> {
  const rows: { id: string; status: IdeaStatus }[] = await em.execute('select id, status from ideas where id in (?) order by id for update', [ideaIds]);
  return new Map(rows.map((row) => [row.id, row.status]));
}

/** Re-reads the counters changed by SQL, so the payload shows them and no later flush writes stale values back. */
export async function refreshCounters(em: EntityManager, ideaId: string): Promise<Idea> {
  return em.findOneOrFail(Idea, { id: ideaId }, { refresh: true, populate: ['author', 'organization', 'agency', 'service'] });
}

/**
 * A change of one idea's votes, as common table expressions after `idea` (the idea's row, locked) that insert or delete
 * the viewer's vote only while `idea.takes_votes`, and end in `counted` (the idea's counters after the change, from
 * the update's `returning`).
 */
export type VoteChange = { sql: string; params: unknown[] };

/** The columns whose values the change's update returns: the answer takes them from `counted`, the rest from the locked row. */
const counters = new Set(['vote_count', 'hot_score']);
const lockedColumns = [...IdeaRecord.columns, 'author_id', 'organization_id', 'agency_id', 'service_id', 'merged_into_id'].map((column) => `i.${column}`).join(', ');
const votableStatuses = ideaStatuses.filter(isIdeaVotable);
const ideaColumns = IdeaRecord.columns.map((column) => (counters.has(column) ? `coalesce(counted.${column}, idea.${column})` : `idea.${column}`) + ` as "idea__${column}"`).join(', ');

export type VotedIdea = { idea: IdeaRecord; takesVotes: boolean; changed: boolean };

/**
 * Runs a change of the viewer's vote on the idea a mutation input names, in one statement: the idea's row locked
 * first (as in every change of votes, see lockIdeas), only if the viewer may see it (the ideas' one visibility rule),
 * then the change, then the idea as the answer shows it (its author, organisation, agency and service) with the
 * counters the change left. The row lock is held only while PostgreSQL runs the statement. NOT_FOUND on the field when
 * there is no such idea for the viewer; whether it takes votes and whether the vote changed, for the caller to refuse.
 */
export async function changeVotes(context: Context, globalId: string, field: string, change: VoteChange): Promise<VotedIdea> {
  const id = idOfType(globalId, 'Idea');
  const visible = visibleIdeaSql(context, 'i');
  const { em } = context;
  const [row] = id
    ? await preparedRows<Record<string, unknown>>(
        em,
        `with idea as (
           select ${lockedColumns}, i.hidden_at is null and i.status = any(?::text[]) as takes_votes from ideas i where i.id = ? and ${visible.sql} for update),
         ${change.sql}
         select ${ideaColumns}, idea.merged_into_id, idea.takes_votes, counted.id is not null as changed,
           ${prefixedColumns(PersonRecord.columns, 'author', 'author__')},
           ${selectColumns(em, Organization, 'organization', 'organization__')}, ${selectColumns(em, Organization, 'agency', 'agency__')},
           ${selectColumns(em, Service, 'service', 'service__')}
         from idea
           left join counted on true
           join users author on author.id = idea.author_id
           left join organizations organization on organization.id = idea.organization_id
           left join organizations agency on agency.id = idea.agency_id
           left join services service on service.id = idea.service_id`,
        [votableStatuses, id, ...visible.params, ...change.params],
      )
    : [];
  if (!row) throw new UserErrorException(userError(UserErrorCode.NOT_FOUND, { key: 'error.noSuchIdea' }, field));
  const idea = readIdeaRow(em, new RowRecords(em), row);
  return { idea, takesVotes: row.takes_votes as boolean, changed: row.changed as boolean };
}
