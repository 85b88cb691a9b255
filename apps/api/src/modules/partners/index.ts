import { registerNode } from '../../core/node.js';
import { registerCommentable } from '../comments/commentables.js';
import { registerGateFactsProvider } from '../pipeline/index.js';
import { moderatable } from '../moderation/index.js';
import { actingMemberIds } from '../organizations/index.js';
import { registerPersonalDataExporter } from '../privacy/personal-data.js';
import { findVisibleProposal } from './find-pilot-proposal.js';
import { PilotProposal, PilotProposalStatusChange } from './pilot-proposal.entity.js';
import { acceptedPilotProposalFacts } from './pilot-proposal-page.js';
import { InnovationPilotProposalsResolver, OrganizationPilotProposalsResolver, PilotProposalResolver } from './pilot-proposal.resolver.js';

registerNode({ typeName: 'PilotProposal', entity: PilotProposal, load: (context, id) => findVisibleProposal(context, id) });
// A history entry is seen by whoever may see its proposal.
registerNode({
  typeName: 'PilotProposalStatusChange',
  entity: PilotProposalStatusChange,
  load: async (context, id) => {
    const change = await context.em.findOne(PilotProposalStatusChange, { id }, { populate: ['actor'] });
    return change && (await findVisibleProposal(context, change.proposal.id)) ? change : null;
  },
});
registerGateFactsProvider(acceptedPilotProposalFacts);
// Comments on a proposal are seen by whoever may see it: a draft's thread stays within its organisation.
registerCommentable({ typeName: 'PilotProposal', load: (context, id) => findVisibleProposal(context, id) });
registerPersonalDataExporter('pilotProposalActions', async (em, userId) =>
  (await em.find(PilotProposalStatusChange, { actor: userId }, { populate: ['proposal'], orderBy: { createdAt: 'asc', id: 'asc' } })).map((change) => ({
    proposal: change.proposal.title,
    fromStatus: change.fromStatus,
    toStatus: change.toStatus,
    note: change.note,
    at: change.createdAt,
  })),
);

export const partnersModule = {
  entities: [PilotProposal, PilotProposalStatusChange],
  resolvers: [PilotProposalResolver, OrganizationPilotProposalsResolver, InnovationPilotProposalsResolver] as const,
  moderatable: [
    moderatable<PilotProposal>({
      typeName: 'PilotProposal',
      entity: PilotProposal,
      populate: ['proposer', 'createdBy'],
      titleOf: (proposal) => proposal.title,
      authorOf: (proposal) => proposal.createdBy,
      answerableIds: (em, proposal) => actingMemberIds(em, proposal.proposer.id),
    }),
  ],
};
