import { isIdeaEditable, isIdeaReviewable, isIdeaVotable } from '@gotong/domain';
import type { Context } from '../../context.js';
import { hasPlatformRole } from '../../core/authorization.js';
import { canSeeContent } from '../moderation/moderatable-content.js';
import { can as canForOrganization } from '../organizations/organizations.permissions.js';
import type { Idea } from './idea.entity.js';
import { viewerHasVotedLoader } from './idea.loaders.js';

export type IdeaAction = 'edit' | 'vote' | 'review';

/** The ideas' one visibility rule: everyone, until moderators hide it; then only moderators and its author. */
export function maySeeIdea(context: Context, idea: Idea): boolean {
  return canSeeContent(context, idea);
}

export async function viewerHasVoted(context: Context, idea: Idea): Promise<boolean> {
  return context.viewer ? viewerHasVotedLoader(context).load(idea.id) : false;
}

/** Officers of the agency an idea is addressed to review it; platform admins may review any idea. */
async function actsForIdeaAgency(context: Context, idea: Idea): Promise<boolean> {
  if (hasPlatformRole(context.viewer, 'ADMIN')) return true;
  return idea.agency ? canForOrganization(context, 'actFor', idea.agency) : false;
}

export async function can(context: Context, action: IdeaAction, idea: Idea): Promise<boolean> {
  if (!context.viewer) return false;
  switch (action) {
    case 'edit':
      return idea.author.id === context.viewer.id && isIdeaEditable(idea.status);
    case 'vote':
      return !idea.hiddenAt && isIdeaVotable(idea.status) && !(await viewerHasVoted(context, idea));
    case 'review':
      return isIdeaReviewable(idea.status) && (await actsForIdeaAgency(context, idea));
  }
}

/** Whether the viewer could review the idea were it still reviewable: separates FORBIDDEN from NOT_ALLOWED_NOW. */
export function mayReviewIdeasOf(context: Context, idea: Idea): Promise<boolean> {
  return actsForIdeaAgency(context, idea);
}
