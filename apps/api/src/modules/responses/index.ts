import { registerNode } from '../../core/node.js';
import { viewerHasPlatformRole } from '../../core/authorization.js';
import { registerDigestPreparation } from '../notifications/index.js';
import { onEvent } from '../../core/events.js';
import { Topic } from '../../core/pubsub.js';
import { startClocksOfPostedProblem, stopClocksOfReviewedIdea } from './clock-rules.js';
import { flagOverdueResponses } from './flag-overdue-responses.js';
import { JointLeaveDay } from './joint-leave-day.entity.js';
import { OfficialReply } from './official-reply.entity.js';
import { ResponseClock } from './response-clock.entity.js';
import { ResponseDurations } from './response-durations.entity.js';
import { CommentOfficialReplyResolver, IdeaResponsesResolver, OrganizationResponsesResolver, ResponsesResolver } from './responses.resolver.js';

export { responseStepFigures } from './response-record.js';
export { ResponseStepRecordType } from './responses.type.js';

registerNode({
  typeName: 'JointLeaveDay',
  entity: JointLeaveDay,
  load: async (context, id) => (viewerHasPlatformRole(context, 'ADMIN') ? context.em.findOne(JointLeaveDay, { id }, { populate: ['addedBy'] }) : null),
});

onEvent(Topic.IdeaPosted, startClocksOfPostedProblem);
onEvent(Topic.IdeaChanged, stopClocksOfReviewedIdea);

registerDigestPreparation(async (services, now) => {
  await flagOverdueResponses(services, now);
});

/** The agency inbox, response clocks in working days, official replies (ADR 022). */
export const responsesModule = {
  entities: [ResponseClock, ResponseDurations, JointLeaveDay, OfficialReply],
  resolvers: [ResponsesResolver, IdeaResponsesResolver, CommentOfficialReplyResolver, OrganizationResponsesResolver] as const,
};
