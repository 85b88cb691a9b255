import { toGlobalId } from '../../core/global-id.js';
import { registerNode } from '../../core/node.js';
import { canSeeContent, registerModeratable } from '../moderation/moderatable-content.js';
import { findCommentable } from './commentables.js';
import { Comment } from './comment.entity.js';
import { CommentResolver } from './comment.resolver.js';
import { registerPersonalDataExporter } from '../privacy/personal-data.js';

registerNode({
  typeName: 'Comment',
  entity: Comment,
  async load(context, id) {
    const comment = await context.em.findOne(Comment, { id });
    if (!comment || !canSeeContent(context, comment)) return null;
    // A comment is as private as what it is on.
    return (await findCommentable(context, toGlobalId(comment.subjectType, comment.subjectId))) ? comment : null;
  },
});
registerModeratable({ typeName: 'Comment', entity: Comment });

registerPersonalDataExporter('comments', async (em, userId) =>
  (await em.find(Comment, { author: userId, deletedAt: null }, { orderBy: { createdAt: 'asc' } })).map(({ subjectType, body, createdAt, editedAt }) => ({ on: subjectType, body, createdAt, editedAt })),
);

export const commentsModule = {
  entities: [Comment],
  resolvers: [CommentResolver] as const,
};
