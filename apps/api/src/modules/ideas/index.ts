import { publish } from '../../core/events.js';
import { registerNode } from '../../core/node.js';
import { Topic } from '../../core/pubsub.js';
import { registerCommentable } from '../comments/commentables.js';
import { registerFollowable } from '../follows/followables.js';
import { authoredModeratable } from '../moderation/index.js';
import { findVisibleIdea } from './find-idea.js';
import { IdeaVote } from './idea-vote.entity.js';
import { Idea } from './idea.entity.js';
import { IdeaResolver, OrganizationIdeasResolver, UserIdeasResolver } from './idea.resolver.js';
import { registerPersonalDataExporter } from '../privacy/personal-data.js';

export { acceptIdeasIntoInnovation } from './accept-ideas-into-innovation.js';

const ideaChanged = (context: Parameters<typeof publish>[0], ideaId: string) => publish(context, Topic.IdeaChanged, { ideaId });

registerNode({ typeName: 'Idea', entity: Idea, load: findVisibleIdea });
registerCommentable({ typeName: 'Idea', load: findVisibleIdea, changed: ideaChanged });
registerFollowable({ typeName: 'Idea', load: findVisibleIdea });

registerPersonalDataExporter('ideas', async (em, userId) =>
  (await em.find(Idea, { author: userId }, { orderBy: { createdAt: 'asc' } })).map(({ id, kind, status, title, body, tags, createdAt }) => ({ id, kind, status, title, body, tags, createdAt })),
);
registerPersonalDataExporter('ideaVotes', async (em, userId) =>
  (await em.find(IdeaVote, { user: userId }, { orderBy: { createdAt: 'asc' }, populate: ['idea'] })).map((vote) => ({ idea: vote.idea.title, votedAt: vote.createdAt })),
);

export const ideasModule = {
  entities: [Idea, IdeaVote],
  resolvers: [IdeaResolver, UserIdeasResolver, OrganizationIdeasResolver] as const,
  moderatable: [authoredModeratable<Idea>({ typeName: 'Idea', entity: Idea, titleOf: (idea) => idea.title, changed: ideaChanged })],
};

export { Idea } from './idea.entity.js';
export { IdeaConnection, IdeaStatus, IdeaType } from './idea.type.js';
export { findIdeaInput, findVisibleIdea } from './find-idea.js';
