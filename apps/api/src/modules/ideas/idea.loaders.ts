import DataLoader from 'dataloader';
import type { Context } from '../../context.js';
import { IdeaVote } from './idea-vote.entity.js';

/** Whether the viewer voted for each idea of a page, in one statement. */
export function viewerHasVotedLoader(context: Context) {
  return context.loader('ideas.viewerHasVoted', () => new DataLoader<string, boolean>(async (ideaIds) => {
    const votes = await context.em.find(IdeaVote, { user: context.viewer!.id, idea: { $in: [...ideaIds] } }, { fields: ['idea'] });
    const voted = new Set(votes.map((vote) => vote.idea.id));
    return ideaIds.map((id) => voted.has(id));
  }));
}
