import { isPilotProposalEditable, pilotProposalContentSchema } from '@gotong/domain';
import type { Context } from '../../context.js';
import { requireViewer } from '../../core/authorization.js';
import { publish } from '../../core/events.js';
import { forbidden } from '../../core/errors.js';
import { UserErrorCode, UserErrorException, userError, type UserErrorMessage } from '../../core/user-error.js';
import { validateInput } from '../../core/validation.js';
import { Topic } from '../../core/pubsub.js';
import { fromGlobalId } from '../../core/global-id.js';
import { findIdeaInput } from '../ideas/find-idea.js';
import type { Organization } from '../organizations/organization.entity.js';
import { findOrganizationInput } from '../organizations/find-organization.js';
import { can as canForOrganization } from '../organizations/organizations.permissions.js';
import { findInnovationInput } from '../pipeline/find-innovation.js';
import { actsForProposer } from './partners.permissions.js';
import { findProposalInput, findVisibleProposal, moveProposal } from './find-pilot-proposal.js';
import { PilotProposal, PilotProposalStatusChange } from './pilot-proposal.entity.js';
import type { SubmitPilotProposalInput } from './pilot-proposal.type.js';

const refused = (message: UserErrorMessage, field: string) => new UserErrorException(userError(UserErrorCode.INVALID, message, field));

async function subjectOf(context: Context, globalId: string | null | undefined) {
  if (!globalId) throw new UserErrorException(userError(UserErrorCode.REQUIRED, { key: 'error.pilotSubjectRequired' }, 'input.subjectId'));
  if (fromGlobalId(globalId)?.typeName === 'Idea') {
    const idea = await findIdeaInput(context, globalId, 'input.subjectId');
    if (!idea.agency) throw refused({ key: 'error.ideaWithoutAgency' }, 'input.subjectId');
    return { idea, innovation: null, agency: idea.agency as Organization };
  }
  const innovation = await findInnovationInput(context, globalId, 'input.subjectId');
  return { idea: null, innovation, agency: innovation.agency };
}

/** A verified partner's or NGO's officer writes a proposal, saves it as a draft or submits (or resubmits) it. */
export async function submitPilotProposal(context: Context, input: SubmitPilotProposalInput): Promise<PilotProposal> {
  const viewer = requireViewer(context);
  const content = validateInput(pilotProposalContentSchema, {
    title: input.title,
    summary: input.summary,
    budgetRupiah: input.budgetRupiah,
    durationWeeks: input.durationWeeks,
    kpis: input.kpis,
    team: input.team,
  });
  const note = (input.note ?? '').trim().slice(0, 2000);
  const submit = input.submit ?? true;
  if (input.proposalId) {
    const proposal = await findProposalInput(context, input.proposalId, 'input.proposalId');
    if (!(await actsForProposer(context, proposal))) throw forbidden("Only the proposing organisation's officers change its proposal.");
    if (!isPilotProposalEditable(proposal.status)) throw new UserErrorException(userError(UserErrorCode.NOT_ALLOWED_NOW, { key: 'error.proposalNotEditable' }, 'input.proposalId'));
    const edit = (target: PilotProposal) => Object.assign(target, content);
    if (submit) return moveProposal(context, proposal, 'PROPOSER', 'SUBMITTED', note, edit);
    Object.assign(proposal, content);
    await context.em.flush();
    return proposal;
  }
  if (!input.proposerId) throw new UserErrorException(userError(UserErrorCode.REQUIRED, { key: 'error.proposerRequired' }, 'input.proposerId'));
  const proposer = await findOrganizationInput(context, input.proposerId, 'input.proposerId');
  if (proposer.kind !== 'PARTNER' && proposer.kind !== 'NGO') throw forbidden('Pilot proposals come from partners and NGOs.');
  if (!(await canForOrganization(context, 'actFor', proposer))) throw forbidden("Only a verified partner's or NGO's officers propose pilots.");
  const subject = await subjectOf(context, input.subjectId);
  const status = submit ? ('SUBMITTED' as const) : ('DRAFT' as const);
  const { proposalId, statusChangeId } = await context.em.transactional(async (em) => {
    const proposal = em.create(PilotProposal, { ...content, ...subject, proposer, createdBy: viewer, status });
    const statusChange = em.create(PilotProposalStatusChange, { proposal, actor: viewer, fromStatus: null, toStatus: status, note });
    await em.flush();
    return { proposalId: proposal.id, statusChangeId: statusChange.id };
  });
  await publish(context, Topic.PilotProposalMoved, { proposalId, statusChangeId });
  return (await findVisibleProposal(context, proposalId))!;
}
