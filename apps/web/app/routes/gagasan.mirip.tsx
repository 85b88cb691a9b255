import { SimilarIdeasDocument } from '@gotong/graphql-client';
import type { LoaderFunctionArgs } from '@remix-run/node';
import { graphql } from '~/lib/graphql.server';

/** Ideas resembling the idea being written (its title and body so far), for the posting form's suggestions (fetched as data while typing). */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const search = new URL(request.url).searchParams;
  const text = search.get('teks')?.slice(0, 300) ?? '';
  const body = search.get('isi')?.slice(0, 2000) ?? '';
  if (text.trim().length < 3 && body.trim().length < 3) return Response.json({ similarIdeas: [] });
  return Response.json(await graphql({ request, context }, SimilarIdeasDocument, { text, body, first: 5 }));
}
