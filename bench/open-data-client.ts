/**
 * The open-data benchmark's downloader (forked by bench/open-data.ts), in a process of its own so that reading the
 * stream never shares the server's event loop or memory: it reads a download to the end and reports its size.
 */
export type DownloadRequest = { url: string };
export type DownloadResult = { status: number; bytes: number; lines: number; seconds: number };

process.on('message', async ({ url }: DownloadRequest) => {
  const started = performance.now();
  const response = await fetch(url);
  let bytes = 0;
  let lines = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.length;
    for (const byte of chunk) if (byte === 10) lines += 1;
  }
  process.send!({ status: response.status, bytes, lines, seconds: (performance.now() - started) / 1000 } satisfies DownloadResult);
});
process.on('disconnect', () => process.exit(0));
process.send!({ ready: true });
