import { describe, expect, it } from 'vitest';
import { isPilotProposalEditable, mayMovePilotProposal, pilotProposalContentSchema } from './partners.js';

describe('pilot proposal life cycle', () => {
  it('lets the proposer submit a draft and resubmit after changes, and withdraw until decided', () => {
    expect(mayMovePilotProposal('PROPOSER', 'DRAFT', 'SUBMITTED')).toBe(true);
    expect(mayMovePilotProposal('PROPOSER', 'CHANGES_REQUESTED', 'SUBMITTED')).toBe(true);
    expect(mayMovePilotProposal('PROPOSER', 'UNDER_REVIEW', 'WITHDRAWN')).toBe(true);
    expect(mayMovePilotProposal('PROPOSER', 'ACCEPTED', 'WITHDRAWN')).toBe(false);
    expect(mayMovePilotProposal('PROPOSER', 'SUBMITTED', 'ACCEPTED')).toBe(false);
  });

  it('lets the agency review only submitted proposals, never drafts or decided ones', () => {
    expect(mayMovePilotProposal('AGENCY', 'SUBMITTED', 'UNDER_REVIEW')).toBe(true);
    expect(mayMovePilotProposal('AGENCY', 'UNDER_REVIEW', 'ACCEPTED')).toBe(true);
    expect(mayMovePilotProposal('AGENCY', 'DRAFT', 'ACCEPTED')).toBe(false);
    expect(mayMovePilotProposal('AGENCY', 'CHANGES_REQUESTED', 'ACCEPTED')).toBe(false);
    expect(mayMovePilotProposal('AGENCY', 'REJECTED', 'ACCEPTED')).toBe(false);
    expect(mayMovePilotProposal('AGENCY', 'UNDER_REVIEW', 'UNDER_REVIEW')).toBe(false);
  });

  it('keeps the content editable only in draft or when changes were asked', () => {
    expect(isPilotProposalEditable('DRAFT')).toBe(true);
    expect(isPilotProposalEditable('CHANGES_REQUESTED')).toBe(true);
    expect(isPilotProposalEditable('SUBMITTED')).toBe(false);
  });

  it('refuses a negative or fractional budget and a proposal without KPIs', () => {
    const valid = { title: 'Antrean daring', summary: 'Uji coba antrean daring di dua kecamatan.', budgetRupiah: 150_000_000, durationWeeks: 12, kpis: ['Waktu tunggu'], team: ['Budi, PM'] };
    expect(pilotProposalContentSchema.safeParse(valid).success).toBe(true);
    expect(pilotProposalContentSchema.safeParse({ ...valid, budgetRupiah: -1 }).success).toBe(false);
    expect(pilotProposalContentSchema.safeParse({ ...valid, budgetRupiah: 1.5 }).success).toBe(false);
    expect(pilotProposalContentSchema.safeParse({ ...valid, kpis: [] }).success).toBe(false);
  });
});
