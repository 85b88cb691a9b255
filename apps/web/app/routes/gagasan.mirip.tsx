import { SimilarIdeasDocument } from '@gotong/graphql-client';
import type { LoaderFunctionArgs } from '@remix-run/node';
import { graphql } from '~/lib/graphql.server';

/** Ideas resembling a title being written, for the posting form's suggestions (fetched as data while typing). */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const text = new URL(request.url).searchParams.get('teks')?.slice(0, 300) ?? '';
  if (text.trim().length < 3) return Response.json({ similarIdeas: [] });
  return Response.json(await graphql({ request, context }, SimilarIdeasDocument, { text, first: 5 }));
}
