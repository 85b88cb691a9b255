import { ExportMyDataDocument } from '@gotong/graphql-client';
import { redirect, type ActionFunctionArgs } from '@remix-run/node';
import { verifiedFormData } from '~/lib/csrf.server';
import { graphql } from '~/lib/graphql.server';
import { requireViewer } from '~/lib/viewer.server';

/**
 * "Download my data": the exportMyData JSON as a file. A POST (CSRF-checked), since the export is recorded in the
 * audit log; the browser saves the answer instead of showing a page, with or without JavaScript.
 */
export async function action({ request, context }: ActionFunctionArgs) {
  await verifiedFormData(request);
  await requireViewer({ request, context });
  const { exportMyData } = await graphql({ request, context }, ExportMyDataDocument);
  const exportedAt = exportMyData.exportedAt ?? new Date().toISOString();
  const body = JSON.stringify({ exportedAt, ...(exportMyData.data as Record<string, unknown>) }, null, 2);
  return new Response(body, {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="gotong-data-saya-${exportedAt.slice(0, 10)}.json"`,
      'Cache-Control': 'no-store',
    },
  });
}

export function loader() {
  return redirect('/profil');
}
