import { InnovationEvidenceDocument } from '@gotong/graphql-client';
import type { LoaderFunctionArgs } from '@remix-run/node';
import { graphql, notFound } from '~/lib/graphql.server';
import { localeOf } from '~/lib/i18n.server';

/** An innovation's evidence pack as the innovation page's visibility allows (innovations are public), for the page and its JSON. */
export async function loadEvidencePack({ request, context, params }: LoaderFunctionArgs) {
  const { innovation } = await graphql({ request, context }, InnovationEvidenceDocument, { id: params.id ?? '', locale: localeOf(request, null) });
  if (!innovation) throw notFound();
  return innovation;
}
