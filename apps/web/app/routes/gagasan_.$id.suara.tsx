import { UnvoteIdeaDocument, VoteIdeaDocument } from '@gotong/graphql-client';
import { redirect, type ActionFunctionArgs } from '@remix-run/node';
import { verifiedFormData } from '~/lib/csrf.server';
import { graphql } from '~/lib/graphql.server';
import { messageOfUserError } from '~/lib/forms';
import { withNotice } from '~/lib/notice';
import { safeReturnPath } from '~/lib/safe-redirect';
import { requireViewer } from '~/lib/viewer.server';

/** The vote button's target: votes or takes the vote back, then returns to the page it came from. */
export async function action({ request, context, params }: ActionFunctionArgs) {
  const formData = await verifiedFormData(request);
  await requireViewer({ request, context });
  const input = { ideaId: params.id ?? '' };
  const errors =
    formData.get('intent') === 'unvote'
      ? (await graphql({ request, context }, UnvoteIdeaDocument, { input })).unvoteIdea.errors
      : (await graphql({ request, context }, VoteIdeaDocument, { input })).voteIdea.errors;
  const back = safeReturnPath(formData.get('kembali'), `/gagasan/${encodeURIComponent(params.id ?? '')}`);
  // A refused vote changes nothing: the page shows the true state again, and says why.
  const refusal = errors[0] ? messageOfUserError(errors[0]) : undefined;
  return redirect(refusal ? withNotice(back, typeof refusal === 'string' ? refusal : refusal.key) : back);
}

export async function loader({ params }: ActionFunctionArgs) {
  return redirect(`/gagasan/${encodeURIComponent(params.id ?? '')}`);
}
