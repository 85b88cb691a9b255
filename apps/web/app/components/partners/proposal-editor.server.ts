import { SubmitPilotProposalDocument } from '@gotong/graphql-client';
import { redirect, type AppLoadContext } from '@remix-run/node';
import { fromUserErrors, validate } from '~/lib/forms';
import { failure } from '~/lib/forms.server';
import { graphql } from '~/lib/graphql.server';
import { withNotice } from '~/lib/notice';
import { editProposalSchema, newProposalSchema, proposalFormInput, saveDraftValue, sendField } from './proposal-form';

type RequestArgs = { request: Request; context: AppLoadContext };

/** The proposal form's POST, new (`subjectId`) or editing (`proposalId`): saved as a draft or sent, then its page. */
export async function saveProposal(args: RequestArgs, formData: FormData, target: { subjectId: string } | { proposalId: string }) {
  const intent = 'proposal';
  const input = proposalFormInput(formData);
  const parsed = 'proposalId' in target ? validate(editProposalSchema, input) : validate(newProposalSchema, input);
  if (!parsed.data) return failure(formData, { intent, fieldErrors: parsed.fieldErrors });
  const submit = formData.get(sendField) !== saveDraftValue;
  const { submitPilotProposal } = await graphql(args, SubmitPilotProposalDocument, { input: { ...parsed.data, ...target, submit } });
  if (!submitPilotProposal.proposal) return failure(formData, fromUserErrors(submitPilotProposal.errors, intent));
  return redirect(withNotice(`/usulan-pilot/${encodeURIComponent(submitPilotProposal.proposal.id)}`, submit ? 'proposals.sent' : 'proposals.draftSaved'));
}
