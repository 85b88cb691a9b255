import type { Context } from '../../context.js';
import { publish } from '../../core/events.js';
import { Topic } from '../../core/pubsub.js';
import { registerCommentable } from '../comments/commentables.js';
import { registerFollowable } from '../follows/followables.js';
import { registerNode } from '../../core/node.js';
import { registerPersonalDataExporter } from '../privacy/personal-data.js';
import { moderatable } from '../moderation/index.js';
import { actingMemberIds } from '../organizations/index.js';
import { findVisibleInnovation } from './find-innovation.js';
import { InnovationStageChange } from './innovation-stage-change.entity.js';
import { Innovation } from './innovation.entity.js';
import { IdeaInnovationResolver } from './idea-innovation.resolver.js';
import { GateRequirementResolver, InnovationResolver } from './innovation.resolver.js';
import { PipelineColumnResolver, PipelineResolver } from './pipeline-board.resolver.js';

export { registerGateFactsProvider, type GateFactsProvider } from './gate-facts.js';
export { findInnovationForPartner } from './find-innovation.js';
export { Innovation } from './innovation.entity.js';

const loadInnovation = (context: Context, id: string) => findVisibleInnovation(context, id);
const innovationChanged = (context: Context, innovationId: string) => publish(context, Topic.InnovationChanged, { innovationId });

registerNode({ typeName: 'Innovation', entity: Innovation, load: loadInnovation });
registerNode({
  typeName: 'InnovationStageChange',
  entity: InnovationStageChange,
  load: (context, id) => context.em.findOne(InnovationStageChange, { id }, { populate: ['actor'] }),
});
registerCommentable({
  typeName: 'Innovation',
  load: loadInnovation,
  changed: innovationChanged,
});
registerFollowable({ typeName: 'Innovation', load: loadInnovation });

registerPersonalDataExporter('innovationStageChanges', async (em, userId) =>
  (await em.find(InnovationStageChange, { actor: userId }, { orderBy: { createdAt: 'asc' }, populate: ['innovation'] })).map((change) => ({
    innovation: change.innovation.title,
    from: change.fromStage,
    to: change.toStage,
    note: change.note,
    at: change.createdAt,
  })),
);

export const pipelineModule = {
  entities: [Innovation, InnovationStageChange],
  resolvers: [InnovationResolver, GateRequirementResolver, PipelineResolver, PipelineColumnResolver, IdeaInnovationResolver] as const,
  moderatable: [
    moderatable<Innovation>({
      typeName: 'Innovation',
      entity: Innovation,
      populate: ['agency', 'createdBy'],
      titleOf: (innovation) => innovation.title,
      authorOf: (innovation) => innovation.createdBy,
      answerableIds: (em, innovation) => actingMemberIds(em, innovation.agency.id),
      changed: innovationChanged,
    }),
  ],
};
