import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import type { Request, Response, Router } from 'express';
import type { Context } from '../context.js';

/** What a module adds to the HTTP server besides GraphQL (downloads): routes, with a context for each request's viewer. */
export type HttpRoutes = (router: Router, contextFor: (request: Request) => Promise<Context>) => void;

/** Rows a download reads at a time: one page of this size is in memory, whatever the table's size. */
export const downloadPageSize = 1000;

/**
 * Every row, read a page at a time by a keyset (the next page starts after the last row of the one before). Pulled:
 * the next page is read only once the response has taken the rows before it, so memory stays flat.
 */
export async function* keysetRows<Row>(readPage: (after: Row | null, limit: number) => Promise<Row[]>, pageSize = downloadPageSize): AsyncGenerator<Row> {
  let after: Row | null = null;
  for (;;) {
    const page = await readPage(after, pageSize);
    yield* page;
    if (page.length < pageSize) return;
    after = page[page.length - 1]!;
  }
}

export type Licence = { name: string; url: string };

type Download = { filename: string; licence?: Licence; headers?: Record<string, string> };

function startDownload(response: Response, contentType: string, { filename, licence, headers }: Download): void {
  response.status(200);
  response.setHeader('content-type', contentType);
  response.setHeader('content-disposition', `attachment; filename="${filename}"`);
  response.setHeader('cache-control', 'no-store');
  if (licence) response.setHeader('link', `<${licence.url}>; rel="license"`);
  for (const [name, value] of Object.entries(headers ?? {})) response.setHeader(name, value);
}

/** A client that goes away mid-download ends it; that is not an error of ours. */
async function streamed(response: Response, run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_STREAM_PREMATURE_CLOSE' && response.destroyed) return;
    throw error;
  }
}

/** Streams rows as CSV: UTF-8 with a byte order mark (spreadsheets in Indonesian locales then read it right), a header row. */
export function sendCsv<Row extends Record<string, unknown>>(response: Response, download: Download & { columns: readonly (keyof Row & string)[]; rows: AsyncIterable<Row> }) {
  startDownload(response, 'text/csv; charset=utf-8', download);
  const csv = stringify({ header: true, bom: true, columns: [...download.columns], cast: { date: (value) => value.toISOString(), boolean: (value) => (value ? 'true' : 'false') } });
  return streamed(response, () => pipeline(Readable.from(download.rows), csv, response));
}

/** Streams `{ ...meta, "data": [rows] }` as JSON, a row at a time. */
export function sendJson(response: Response, download: Download & { meta: Record<string, unknown>; rows: AsyncIterable<unknown> }) {
  startDownload(response, 'application/json; charset=utf-8', download);
  async function* text(): AsyncGenerator<string> {
    yield `${JSON.stringify(download.meta).slice(0, -1)}${Object.keys(download.meta).length > 0 ? ',' : ''}"data":[`;
    let first = true;
    for await (const row of download.rows) {
      yield `${first ? '' : ','}\n${JSON.stringify(row)}`;
      first = false;
    }
    yield '\n]}\n';
  }
  return streamed(response, () => pipeline(Readable.from(text()), response));
}
