import { registerNode } from '../../core/node.js';
import { registerCommentable } from '../comments/commentables.js';
import { registerFollowable } from '../follows/followables.js';
import { authoredModeratable } from '../moderation/index.js';
import { Discussion } from './discussion.entity.js';
import { DiscussionResolver } from './discussion.resolver.js';
import { findVisibleDiscussion } from './find-discussion.js';
import { registerPersonalDataExporter } from '../privacy/personal-data.js';

registerNode({ typeName: 'Discussion', entity: Discussion, load: findVisibleDiscussion });
registerCommentable({
  typeName: 'Discussion',
  load: findVisibleDiscussion,
  refuseComment: (_context, discussion) => ((discussion as Discussion).lockedAt ? { key: 'error.discussionLocked' } : null),
  commented: async (em, discussionId) => {
    await em.nativeUpdate(Discussion, { id: discussionId }, { lastActivityAt: new Date() });
  },
});
registerFollowable({ typeName: 'Discussion', load: findVisibleDiscussion });

registerPersonalDataExporter('discussions', async (em, userId) =>
  (await em.find(Discussion, { author: userId }, { orderBy: { createdAt: 'asc' } })).map(({ category, title, body, createdAt }) => ({ category, title, body, createdAt })),
);

export const forumModule = {
  entities: [Discussion],
  resolvers: [DiscussionResolver] as const,
  moderatable: [authoredModeratable<Discussion>({ typeName: 'Discussion', entity: Discussion, titleOf: (discussion) => discussion.title })],
};
