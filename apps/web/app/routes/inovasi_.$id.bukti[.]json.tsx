import type { LoaderFunctionArgs } from '@remix-run/node';
import { loadEvidencePack } from '~/components/reports/evidence-pack.server';

/** The evidence pack as JSON, for re-use in the regional innovation index's and KIPP's submissions. */
export async function loader(args: LoaderFunctionArgs) {
  const innovation = await loadEvidencePack(args);
  const body = JSON.stringify({ generatedAt: new Date().toISOString(), source: new URL(`/inovasi/${encodeURIComponent(innovation.id)}`, args.request.url).toString(), innovation }, null, 2);
  return new Response(body, {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="bukti-inovasi-${innovation.id}.json"`,
    },
  });
}
