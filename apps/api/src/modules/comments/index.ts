import { registerNode } from '../../core/node.js';
import { registerModeratable } from '../moderation/moderatable-content.js';
import { findVisibleComment } from './find-comment.js';
import { Comment } from './comment.entity.js';
import { CommentResolver } from './comment.resolver.js';
import { registerPersonalDataExporter } from '../privacy/personal-data.js';

registerNode({
  typeName: 'Comment',
  entity: Comment,
  load: findVisibleComment,
});
registerModeratable({ typeName: 'Comment', entity: Comment });

registerPersonalDataExporter('comments', async (em, userId) =>
  (await em.find(Comment, { author: userId, deletedAt: null }, { orderBy: { createdAt: 'asc' } })).map(({ subjectType, body, createdAt, editedAt }) => ({ on: subjectType, body, createdAt, editedAt })),
);

export const commentsModule = {
  entities: [Comment],
  resolvers: [CommentResolver] as const,
};
