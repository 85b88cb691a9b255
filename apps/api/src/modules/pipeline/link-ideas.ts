import { isIdeaReviewable, maxIdeasPerInnovationLink } from '@gotong/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import { idOfType } from '../../core/global-id.js';
import { UserErrorCode, UserErrorException, userError } from '../../core/user-error.js';
import { acceptIdeasIntoInnovation } from '../ideas/accept-ideas-into-innovation.js';
import { Idea } from '../ideas/idea.entity.js';
import { lockIdeas } from '../ideas/lock-idea.js';
import { canSeeContent } from '../moderation/moderatable-content.js';
import type { Organization } from '../organizations/organization.entity.js';

const notNow = (field: string) =>
  new UserErrorException(userError(UserErrorCode.NOT_ALLOWED_NOW, { key: 'error.ideaNotLinkable' }, field));

/**
 * The ideas named by global ids that may join an innovation of this agency: visible, addressed to it (or to no
 * agency), and still undecided. Checked again under row locks by acceptLinkedIdeas.
 */
export async function ideasToLink(context: Context, agency: Organization, globalIds: readonly string[], field: string): Promise<string[]> {
  if (globalIds.length > maxIdeasPerInnovationLink) throw new UserErrorException(userError(UserErrorCode.TOO_LONG, { key: 'error.atMostIdeas', params: { limit: maxIdeasPerInnovationLink } }, field));
  const ids = [...new Set(globalIds.map((globalId) => idOfType(globalId, 'Idea')))];
  if (ids.length === 0) return [];
  const ideas = ids.includes(null) ? [] : await context.em.find(Idea, { id: { $in: ids as string[] } });
  if (ideas.length !== ids.length || !ideas.every((idea) => canSeeContent(context, idea))) {
    throw new UserErrorException(userError(UserErrorCode.NOT_FOUND, { key: 'error.noSuchIdea' }, field));
  }
  if (ideas.some((idea) => idea.agency && idea.agency.id !== agency.id)) {
    throw new UserErrorException(userError(UserErrorCode.INVALID, { key: 'error.ideaOfAnotherAgency' }, field));
  }
  if (ideas.some((idea) => !isIdeaReviewable(idea.status))) throw notNow(field);
  return ideas.map((idea) => idea.id);
}

/** In the innovation's transaction: locks the ideas, makes sure nobody decided them meanwhile, and accepts them into it. */
export async function acceptLinkedIdeas(em: EntityManager, ideaIds: string[], innovationId: string, field: string): Promise<void> {
  if (ideaIds.length === 0) return;
  const statuses = await lockIdeas(em, ideaIds);
  if (ideaIds.some((id) => !isIdeaReviewable(statuses.get(id) ?? 'DECLINED'))) throw notNow(field);
  await acceptIdeasIntoInnovation(em, ideaIds, innovationId);
}
