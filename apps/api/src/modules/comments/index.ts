import { registerNode } from '../../core/node.js';
import { authoredModeratable } from '../moderation/index.js';
import { findVisibleComment } from './find-comment.js';
import { Comment } from './comment.entity.js';
import { CommentResolver } from './comment.resolver.js';
import { registerPersonalDataExporter } from '../privacy/personal-data.js';

registerNode({
  typeName: 'Comment',
  entity: Comment,
  load: findVisibleComment,
});

registerPersonalDataExporter('comments', async (em, userId) =>
  (await em.find(Comment, { author: userId, deletedAt: null }, { orderBy: { createdAt: 'asc' } })).map(({ subjectType, body, createdAt, editedAt }) => ({ on: subjectType, body, createdAt, editedAt })),
);

export const commentsModule = {
  entities: [Comment],
  resolvers: [CommentResolver] as const,
  moderatable: [
    authoredModeratable<Comment>({
      typeName: 'Comment',
      entity: Comment,
      titleOf: (comment) => comment.body.slice(0, 80),
      contextOf: (comment) => ({ typeName: comment.subjectType, id: comment.subjectId }),
    }),
  ],
};

export { Comment } from './comment.entity.js';
export { CommentType } from './comment.type.js';
export { findCommentInput, findVisibleComment } from './find-comment.js';
