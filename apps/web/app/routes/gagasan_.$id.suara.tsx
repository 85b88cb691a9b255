import { UnvoteIdeaDocument, VoteIdeaDocument } from '@gotong/graphql-client';
import { redirect, type ActionFunctionArgs } from '@remix-run/node';
import { verifiedFormData } from '~/lib/csrf.server';
import { graphql } from '~/lib/graphql.server';
import { safeRedirect } from '~/lib/safe-redirect';
import { requireViewer } from '~/lib/viewer.server';

/** The vote button's target: votes or takes the vote back, then returns to the page it came from. */
export async function action({ request, context, params }: ActionFunctionArgs) {
  const formData = await verifiedFormData(request);
  await requireViewer({ request, context });
  const input = { ideaId: params.id ?? '' };
  if (formData.get('intent') === 'unvote') await graphql({ request, context }, UnvoteIdeaDocument, { input });
  else await graphql({ request, context }, VoteIdeaDocument, { input });
  // A refused vote (already voted, idea closed) changes nothing: the page shows the true state again.
  return safeRedirect(formData.get('kembali'), `/gagasan/${encodeURIComponent(params.id ?? '')}`);
}

export async function loader({ params }: ActionFunctionArgs) {
  return redirect(`/gagasan/${encodeURIComponent(params.id ?? '')}`);
}
