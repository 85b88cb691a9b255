import type { TestApp } from './app.js';
import type { SignedIn } from './people.js';

export const ideaFields = /* GraphQL */ `
  id kind status title body bodyHtml tags voteCount commentCount viewerHasVoted viewerCanVote viewerCanEdit viewerCanReview
  decisionReason hidden author { id displayName } agency { id } organization { id } service { id } mergedInto { id }
`;

export const postIdeaMutation = /* GraphQL */ `
  mutation ($input: PostIdeaInput!) { postIdea(input: $input) { idea { ${ideaFields} } errors { code field message } } }
`;

export type IdeaInput = {
  kind?: 'PROBLEM' | 'SOLUTION';
  title?: string;
  body?: string;
  tags?: string[];
  agencyId?: string;
  serviceId?: string;
  organizationId?: string;
};

/** Posts an idea as `author` and returns it, failing the test on any error. */
export async function postIdea(app: Pick<TestApp, 'graphql'>, author: SignedIn, input: IdeaInput = {}): Promise<Record<string, any>> {
  const response = await app.graphql(
    postIdeaMutation,
    {
      input: {
        kind: 'PROBLEM',
        title: 'Antrean perekaman KTP elektronik terlalu panjang',
        body: 'Warga harus datang sejak subuh untuk mendapat nomor antrean perekaman KTP-el di kecamatan.',
        ...input,
      },
    },
    { token: author.token },
  );
  const idea = response.data?.postIdea.idea;
  if (!idea) throw new Error(`postIdea failed: ${JSON.stringify(response.errors ?? response.data?.postIdea.errors)}`);
  return idea;
}

export const voteMutation = /* GraphQL */ `
  mutation ($input: VoteIdeaInput!) { voteIdea(input: $input) { idea { id voteCount viewerHasVoted viewerCanVote } errors { code field } } }
`;

export const unvoteMutation = /* GraphQL */ `
  mutation ($input: VoteIdeaInput!) { unvoteIdea(input: $input) { idea { id voteCount viewerHasVoted viewerCanVote } errors { code field } } }
`;

export const reviewMutation = /* GraphQL */ `
  mutation ($input: ReviewIdeaInput!) { reviewIdea(input: $input) { idea { id status decisionReason voteCount mergedInto { id voteCount } } errors { code field } } }
`;

export async function vote(app: Pick<TestApp, 'graphql'>, voter: SignedIn, ideaId: string) {
  return app.graphql(voteMutation, { input: { ideaId } }, { token: voter.token });
}
