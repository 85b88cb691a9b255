import { Readable } from 'node:stream';
import type { LoaderFunctionArgs } from '@remix-run/node';
import { stringify } from 'csv-stringify';
import { loadStatistics } from '~/components/statistics/statistics-data.server';
import { cellValue, statisticsTables } from '~/components/statistics/statistics-tables';
import { notFound } from '~/lib/graphql.server';
import { translator } from '~/lib/i18n';
import { localeOf } from '~/lib/i18n.server';

/**
 * /statistik/<table>.csv with the page's filter: the table exactly as the page shows it (the same rounding), UTF-8
 * with a byte-order mark so that spreadsheet programs in Indonesian locales read it right, streamed as it is written.
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const id = /^([a-z-]+)\.csv$/.exec(params.file ?? '')?.[1];
  if (!id) throw notFound();
  const locale = localeOf(request, null);
  const data = await loadStatistics({ request, context });
  const table = statisticsTables(data.stats, translator(locale), locale).find((candidate) => candidate.id === id);
  if (!table) throw notFound();
  const csv = stringify({ bom: true });
  csv.write(table.columns.map((column) => column.label));
  for (const row of table.rows) csv.write(row.map(cellValue));
  csv.end();
  return new Response(Readable.toWeb(csv) as ReadableStream, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="statistik-${id}.csv"`,
    },
  });
}
