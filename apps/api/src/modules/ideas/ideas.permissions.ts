import { isIdeaEditable, isIdeaReviewable, isIdeaVotable } from '@gotong/domain';
import type { Context } from '../../context.js';
import type { GraphQLError } from 'graphql';
import { viewerHasPlatformRole } from '../../core/authorization.js';
import { forbidden, unauthenticated } from '../../core/errors.js';
import { UserErrorCode, UserErrorException, userError, type UserErrorMessage } from '../../core/user-error.js';
import { canSeeContent, visibleContentSql } from '../moderation/moderatable-content.js';
import { can as canForOrganization } from '../organizations/organizations.permissions.js';
import type { Idea } from './idea.entity.js';
import { viewerHasVotedLoader } from './idea.loaders.js';

export type IdeaAction = 'edit' | 'vote' | 'review';

/** The ideas' one visibility rule: everyone, until moderators hide it; then only moderators and its author. */
export function maySeeIdea(context: Context, idea: Idea): boolean {
  return canSeeContent(context, idea);
}

/** maySeeIdea as an SQL condition on the ideas table under `alias`, for hand-written statements. */
export function visibleIdeaSql(context: Context, alias: string): { sql: string; params: unknown[] } {
  return visibleContentSql(context, alias);
}

export async function viewerHasVoted(context: Context, idea: Idea): Promise<boolean> {
  return context.viewerId ? viewerHasVotedLoader(context).load(idea.id) : false;
}

/** Officers of the agency an idea is addressed to review it; platform admins may review any idea. */
async function actsForIdeaAgency(context: Context, idea: Idea): Promise<boolean> {
  if (viewerHasPlatformRole(context, 'ADMIN')) return true;
  return idea.agency ? canForOrganization(context, 'actFor', idea.agency) : false;
}

type Refusal = () => GraphQLError | UserErrorException;

const notNow = (message: UserErrorMessage): Refusal => () => new UserErrorException(userError(UserErrorCode.NOT_ALLOWED_NOW, message, 'input.ideaId'));

/**
 * The ideas' one authorisation rule: null when the viewer may, else how to build the refusal (UNAUTHENTICATED,
 * FORBIDDEN, or a UserError saying why not now), built only when it is thrown: the viewerCan* fields of a feed ask for
 * every idea of a page and need only the answer (an error captures a stack trace). Voting's state (closed, already
 * voted) is checked again under the idea's row lock (vote-idea.ts).
 */
async function refusalOf(context: Context, action: IdeaAction, idea: Idea): Promise<Refusal | null> {
  if (!context.viewer) return () => unauthenticated();
  switch (action) {
    case 'edit':
      if (idea.author.id !== context.viewer.id) return () => forbidden('Only its author may edit an idea.');
      return isIdeaEditable(idea.status) ? null : notNow({ key: 'error.ideaEditableOnlyOpen' });
    case 'vote':
      if (idea.hiddenAt || !isIdeaVotable(idea.status)) return notNow({ key: 'ideas.vote.refused.closed' });
      if (await viewerHasVoted(context, idea)) return () => new UserErrorException(userError(UserErrorCode.ALREADY_DONE, { key: 'ideas.vote.refused.alreadyVoted' }, 'input.ideaId'));
      return null;
    case 'review':
      if (!(await actsForIdeaAgency(context, idea))) return () => forbidden('Only officers of the agency the idea is addressed to may review it.');
      return isIdeaReviewable(idea.status) ? null : notNow({ key: 'error.ideaAlreadyDecided' });
  }
}

/** The refusal the use cases throw, or null when the viewer may (see refusalOf). */
export async function authorize(context: Context, action: IdeaAction, idea: Idea): Promise<GraphQLError | UserErrorException | null> {
  const refusal = await refusalOf(context, action, idea);
  return refusal ? refusal() : null;
}

export async function can(context: Context, action: IdeaAction, idea: Idea): Promise<boolean> {
  return (await refusalOf(context, action, idea)) === null;
}
