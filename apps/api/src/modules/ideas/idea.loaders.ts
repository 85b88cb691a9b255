import DataLoader from 'dataloader';
import type { Context } from '../../context.js';
import { IdeaVote } from './idea-vote.entity.js';

const voteKey = (userId: string, ideaId: string) => `${userId}:${ideaId}`;

/**
 * Whether a person voted for an idea, by `voteKey`: the answer does not depend on who asks, so one loader serves every
 * viewer of an operation, and every signed-in subscriber of a live event, in one statement.
 */
function votesLoader(context: Context) {
  return context.sharedLoader('ideas.votes', () => new DataLoader<string, boolean>(async (keys) => {
    const pairs = keys.map((key) => key.split(':'));
    const votes = await context.em.find(
      IdeaVote,
      { user: { $in: [...new Set(pairs.map(([userId]) => userId))] }, idea: { $in: [...new Set(pairs.map(([, ideaId]) => ideaId))] } },
      { fields: ['idea', 'user'] },
    );
    const voted = new Set(votes.map((vote) => voteKey(vote.user.id, vote.idea.id)));
    return keys.map((key) => voted.has(key));
  }));
}

/** Whether the viewer voted for each idea of a page (or of an event), batched with everyone else's. */
export function viewerHasVotedLoader(context: Context) {
  const viewerId = context.viewerId!;
  const votes = votesLoader(context);
  return {
    load: (ideaId: string) => votes.load(voteKey(viewerId, ideaId)),
    prime: (ideaId: string, voted: boolean) => votes.prime(voteKey(viewerId, ideaId), voted),
  };
}
