import { z } from 'zod';

/** Pilot proposals of partners and NGOs to an agency: the life cycle and who may move it. */
export const pilotProposalStatuses = ['DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'CHANGES_REQUESTED', 'ACCEPTED', 'REJECTED', 'WITHDRAWN'] as const;
export type PilotProposalStatus = (typeof pilotProposalStatuses)[number];

/** The statuses an agency's officer may set with a review (always with a note). */
export const pilotProposalReviewStatuses = ['UNDER_REVIEW', 'CHANGES_REQUESTED', 'ACCEPTED', 'REJECTED'] as const;
export type PilotProposalReviewStatus = (typeof pilotProposalReviewStatuses)[number];

/** Who moves a proposal: the proposing organisation's acting members, or the owning agency's officers. */
export type PilotProposalActor = 'PROPOSER' | 'AGENCY';

const transitions: Record<PilotProposalActor, Partial<Record<PilotProposalStatus, readonly PilotProposalStatus[]>>> = {
  PROPOSER: {
    DRAFT: ['SUBMITTED', 'WITHDRAWN'],
    SUBMITTED: ['WITHDRAWN'],
    UNDER_REVIEW: ['WITHDRAWN'],
    CHANGES_REQUESTED: ['SUBMITTED', 'WITHDRAWN'],
  },
  AGENCY: {
    SUBMITTED: ['UNDER_REVIEW', 'CHANGES_REQUESTED', 'ACCEPTED', 'REJECTED'],
    UNDER_REVIEW: ['CHANGES_REQUESTED', 'ACCEPTED', 'REJECTED'],
  },
};

export function mayMovePilotProposal(actor: PilotProposalActor, from: PilotProposalStatus, to: PilotProposalStatus): boolean {
  return transitions[actor][from]?.includes(to) ?? false;
}

/** The proposer edits the content only before it is submitted or when the agency asked for changes. */
export function isPilotProposalEditable(status: PilotProposalStatus): boolean {
  return status === 'DRAFT' || status === 'CHANGES_REQUESTED';
}

/** Outsiders to both organisations see only accepted proposals; the agency sees everything once submitted. */
export function agencySeesPilotProposal(status: PilotProposalStatus): boolean {
  return status !== 'DRAFT';
}

const text = (min: number, max: number) => z.string().trim().min(1, { message: 'required' }).min(min, { message: 'tooShort' }).max(max, { message: 'tooLong' });

export const maxPilotBudgetRupiah = 1_000_000_000_000;

export const pilotProposalContentSchema = z.object({
  title: text(5, 160),
  summary: text(20, 5000),
  budgetRupiah: z.number().int({ message: 'invalid' }).min(0, { message: 'tooSmall' }).max(maxPilotBudgetRupiah, { message: 'tooLarge' }),
  durationWeeks: z.number().int({ message: 'invalid' }).min(1, { message: 'tooSmall' }).max(260, { message: 'tooLarge' }),
  kpis: z.array(text(2, 200)).min(1, { message: 'required' }).max(20, { message: 'tooLarge' }),
  team: z.array(text(2, 200)).min(1, { message: 'required' }).max(30, { message: 'tooLarge' }),
});
export type PilotProposalContent = z.infer<typeof pilotProposalContentSchema>;

export const pilotReviewSchema = z.object({ note: text(3, 2000) });
