import type { Context } from '../../context.js';
import { publish } from '../../core/events.js';
import { Topic } from '../../core/pubsub.js';
import type { Innovation } from './innovation.entity.js';

/** After a committed change: the innovation's page and its agency's board update live; accepted ideas too. */
export async function publishInnovationChanged(context: Context, innovation: Innovation, acceptedIdeaIds: readonly string[] = []): Promise<void> {
  for (const ideaId of acceptedIdeaIds) await publish(context, Topic.IdeaChanged, { ideaId });
  await publish(context, Topic.InnovationChanged, { innovationId: innovation.id });
  await publish(context, Topic.PipelineChanged, { innovationId: innovation.id, agencyId: innovation.agency.id });
}
